using System.Globalization;
using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Reconciliation;
using ValueLedger.Core.Storage;

namespace ValueLedger.Cli.Commands;

/// <summary>Renders reconciliation rows with their status, then the summary per currency.</summary>
internal static class ReconcileReport
{
    /// <summary>The status words of the table, CSV and JSON (stable, see docs/cli-json.md).</summary>
    public static string Text(ReconciliationStatus status) => status switch
    {
        ReconciliationStatus.Matched => "ok",
        ReconciliationStatus.OverThreshold => "variance above threshold",
        ReconciliationStatus.BilledWithoutTelemetry => "billed with no telemetry",
        ReconciliationStatus.TelemetryWithoutBill => "telemetry with no bill",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static void Write(CliContext context, IReadOnlyList<ReconciliationRow> rows, VarianceThreshold threshold, IReadOnlyList<ReconciliationSummary> summaries, bool onlyFlagged, OutputFormat format)
    {
        var report = new Report("Reconciliation",
        [
            new("provider", "Provider"), new("account", "Account"), new("month", "Month"), new("currency", "Currency"),
            new("costOfRecord", "Of record", ReportColumnKind.Money), new("telemetryEstimate", "Telemetry estimate", ReportColumnKind.Money),
            new("variance", "Variance", ReportColumnKind.Money), new("variancePercent", "Variance %"),
            new("costLines", "Cost lines", ReportColumnKind.Count), new("telemetryRecords", "Telemetry", ReportColumnKind.Count),
            new("unpricedTelemetryRecords", "Unpriced", ReportColumnKind.Count), new("status", "Status"),
        ]);
        foreach (var r in rows)
        {
            var status = ReconciliationRules.Decide(r, threshold);
            if (onlyFlagged && !ReconciliationRules.IsFlagged(status))
            {
                continue;
            }

            report.Add(
                r.Provider, r.Account ?? "(all accounts)", r.Month, r.Currency, MoneyText.Exact(r.CostOfRecord), MoneyText.Exact(r.TelemetryEstimate),
                MoneyText.Exact(r.Variance), Percent(r.VarianceRatio), N(r.CostLines), N(r.TelemetryRecords), N(r.UnpricedTelemetryRecords), Text(status));
        }

        var rule = $"flagged above {Percent(threshold.Relative)} % of cost of record and more than {MoneyText.Exact(threshold.MinimumVariance)} in the row's currency";
        var caption = report.RowCount == 0
            ? (rows.Count == 0 ? "nothing to reconcile" : "nothing flagged")
            : $"variance = of record - telemetry estimate; % of cost of record; {rule}";
        report.Write(format, context.Out, context.Stdout, caption, json => WriteJsonSummary(json, threshold, onlyFlagged, summaries));
        if (format == OutputFormat.Table && summaries.Count > 0)
        {
            SummaryReport(summaries).WriteTable(context.Out, "estimated = telemetry that no bill covers, at its estimated cost; share = estimated / (of record + estimated), positive amounts only");
        }
    }

    private static Report SummaryReport(IReadOnlyList<ReconciliationSummary> summaries)
    {
        var report = new Report("Reconciliation summary",
        [
            new("currency", "Currency"), new("costOfRecord", "Of record", ReportColumnKind.Money), new("estimatedUncovered", "Estimated (no bill)", ReportColumnKind.Money),
            new("estimatedSharePercent", "Estimated %"), .. Enum.GetValues<ReconciliationStatus>().Select(s => new ReportColumn(Text(s), Text(s), ReportColumnKind.Count)),
        ]);
        foreach (var s in summaries)
        {
            report.Add([s.Currency, MoneyText.Exact(s.CostOfRecord), MoneyText.Exact(s.EstimatedUncovered), Percent(s.EstimatedShare) ?? "n/a",
                .. Enum.GetValues<ReconciliationStatus>().Select(status => N(s.StatusCounts[status]))]);
        }

        return report;
    }

    private static void WriteJsonSummary(Utf8JsonWriter json, VarianceThreshold threshold, bool onlyFlagged, IReadOnlyList<ReconciliationSummary> summaries)
    {
        json.WriteStartObject("threshold");
        json.WriteString("relative", MoneyText.Exact(threshold.Relative));
        json.WriteString("minVariance", MoneyText.Exact(threshold.MinimumVariance));
        json.WriteEndObject();
        json.WriteBoolean("onlyFlagged", onlyFlagged);
        json.WriteNumber("flagged", summaries.Sum(s => s.Flagged));
        json.WriteStartArray("summary");
        foreach (var s in summaries)
        {
            json.WriteStartObject();
            json.WriteString("currency", s.Currency);
            json.WriteString("costOfRecord", MoneyText.Exact(s.CostOfRecord));
            json.WriteString("estimatedUncovered", MoneyText.Exact(s.EstimatedUncovered));
            json.WriteString("estimatedSharePercent", Percent(s.EstimatedShare));
            json.WriteStartObject("statusCounts");
            foreach (var status in Enum.GetValues<ReconciliationStatus>())
            {
                json.WriteNumber(Text(status), s.StatusCounts[status]);
            }

            json.WriteEndObject();
            json.WriteNumber("flagged", s.Flagged);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A fraction as a percentage with 2 decimals (<c>0.0512</c> → <c>5.12</c>); null stays null.</summary>
    private static string? Percent(decimal? ratio) => ratio is { } v ? (v * 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
