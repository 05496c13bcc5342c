using System.Text;
using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The JSON form of the scoreboard (docs/cli-json.md): money as exact strings per currency (never summed
/// across currencies), ratios and counts as numbers, undefined figures as null; every metric labelled with
/// its rung in <c>metrics</c>, and activity in its own object with <c>"scored": false</c>.
/// </summary>
internal static class ScoreboardJsonWriter
{
    public static void Write(TextWriter writer, ScoreboardView view)
    {
        var report = view.Report;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("month", ScoreboardCommand.Month(report.Period));
            json.WriteString("previousMonth", ScoreboardCommand.Month(report.PreviousPeriod));
            json.WriteString("generatedAt", MoneyText.Timestamp(view.GeneratedAt));
            json.WriteStartArray("units");
            foreach (var unit in report.Units)
            {
                WriteUnit(json, view, unit);
            }

            json.WriteEndArray();
            json.WriteStartObject("overall");
            WriteMoney(json, report.Overall);
            json.WriteNumber("laggardsRetired", report.Units.Sum(u => u.LaggardsRetired));
            json.WriteEndObject();
            json.WriteStartArray("metrics");
            foreach (var metric in ScoreboardView.Metrics)
            {
                json.WriteStartObject();
                json.WriteString("id", metric.Id);
                json.WriteString("name", metric.Name);
                json.WriteString("rung", KebabCase.Of(metric.Rung));
                json.WriteString("unit", metric.Unit);
                json.WriteBoolean("scored", metric.Scored);
                json.WriteString("definition", metric.Definition);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteUnit(Utf8JsonWriter json, ScoreboardView view, BuScore unit)
    {
        json.WriteStartObject();
        json.WriteString("bu", unit.Bu);
        json.WriteString("name", view.Organisation.FindBusinessUnit(unit.Bu)?.Name ?? unit.Bu);
        WriteMoney(json, unit.Money);
        json.WriteNumber("laggardsRetired", unit.LaggardsRetired);
        json.WriteStartObject("outcomes");
        json.WriteString("rung", KebabCase.Of(LadderRung.Outcome));
        json.WriteNumber("validatedSuccessful", unit.ValidatedSuccessful);
        json.WriteNumber("previousValidatedSuccessful", unit.PreviousValidatedSuccessful);
        Number(json, "successRate", unit.SuccessRate);
        json.WriteNumber("reviewedClaims", unit.ReviewedClaims);
        Number(json, "rejectedShare", unit.RejectedShare);
        json.WriteEndObject();
        json.WriteStartArray("flags");
        foreach (var flag in unit.Flags)
        {
            json.WriteStartObject();
            json.WriteString("kind", KebabCase.Of(flag.Kind));
            json.WriteString("explanation", flag.Explanation);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        var activity = unit.Activity;
        json.WriteStartObject("activity");
        json.WriteBoolean("scored", false);
        json.WriteString("rung", KebabCase.Of(LadderRung.Activity));
        json.WriteNumber("requests", activity.Requests);
        json.WriteNumber("tokens", activity.Tokens);
        json.WriteNumber("telemetryRecords", activity.TelemetryRecords);
        json.WriteNumber("previousTokens", activity.PreviousTokens);
        Number(json, "tokensPerValidatedOutcome", activity.TokensPerValidatedOutcome);
        Number(json, "previousTokensPerValidatedOutcome", activity.PreviousTokensPerValidatedOutcome);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// <c>"money": [...]</c>, one object per currency. Coverage fields are <c>attribution-coverage</c> (outcome),
    /// <c>costPerOutcomeChange</c> is <c>cost-per-successful-outcome</c> (outcome), value/net/roi are value.
    /// </summary>
    private static void WriteMoney(Utf8JsonWriter json, IReadOnlyList<ScoreboardMoney> money)
    {
        json.WriteStartArray("money");
        foreach (var m in money)
        {
            json.WriteStartObject();
            json.WriteString("currency", m.Currency);
            json.WriteString("grossInScope", MoneyText.Exact(m.GrossInScope));
            json.WriteString("attributedGross", MoneyText.Exact(m.AttributedGross));
            Number(json, "coverage", m.Coverage);
            Number(json, "previousCoverage", m.PreviousCoverage);
            Number(json, "coverageChangePoints", m.CoverageChangePoints);
            Number(json, "costPerOutcomeChange", m.CostPerOutcomeChange);
            json.WriteNumber("initiativesInCostChange", m.InitiativesInCostChange);
            json.WriteString("netCost", MoneyText.Exact(m.NetCost));
            json.WriteString("valueRealised", MoneyText.Exact(m.ValueRealised));
            json.WriteString("netValue", MoneyText.Exact(m.NetValue));
            Number(json, "roi", m.Roi);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
