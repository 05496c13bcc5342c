using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>The JSON form of the behavioural outcomes (docs/cli-json.md "behaviour"); money as exact strings.</summary>
internal static class PeopleBehaviourJson
{
    public static void Write(Utf8JsonWriter json, BehaviourReport report)
    {
        json.WriteStartObject();
        json.WriteString("from", PeopleCli.Month(report.From));
        json.WriteString("to", PeopleCli.Month(report.To));
        json.WriteNumber("k", report.K);
        json.WriteNumber("tolerancePoints", BehaviourThresholds.TolerancePoints);
        json.WriteNumber("trendPercent", BehaviourThresholds.TrendPercent);
        json.WriteStartArray("initiatives");
        foreach (var initiative in report.Initiatives)
        {
            json.WriteStartObject();
            json.WriteString("id", initiative.Initiative);
            json.WriteString("name", initiative.Name);
            json.WriteString("businessUnit", initiative.BusinessUnit);
            json.WriteString("reviewBurden", KebabCase.Of(initiative.ReviewBurden));
            json.WriteStartArray("months");
            foreach (var month in initiative.Months)
            {
                json.WriteStartObject();
                json.WriteString("month", PeopleCli.Month(month.Month));
                PeopleCli.WriteMeasure(json, "overrideRatePercent", month.OverrideRate);
                PeopleCli.WriteMeasure(json, "errorRatePercent", month.ErrorRate);
                json.WriteString("reliance", KebabCase.Of(month.Reliance));
                PeopleCli.WriteMeasure(json, "reviewMinutesPerOutput", month.ReviewMinutesPerOutput);
                PeopleCli.WriteMeasure(json, "trust", month.Trust);
                PeopleCli.WriteMeasure(json, "learning", month.Learning);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("capacity");
            foreach (var month in initiative.Capacity)
            {
                WriteCapacity(json, month, PeopleCli.Month(month.Month));
            }

            json.WriteEndArray();
            json.WritePropertyName("capacityTotal");
            WriteCapacity(json, initiative.CapacityTotal, null);
            json.WriteString("currency", initiative.Currency);
            json.WriteString("validatedValue", MoneyText.Exact(initiative.ValidatedValue));
            json.WriteString("allocatedCost", MoneyText.Exact(initiative.AllocatedCost));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteCapacity(Utf8JsonWriter json, CapacityMonth month, string? name)
    {
        json.WriteStartObject();
        if (name is not null)
        {
            json.WriteString("month", name);
        }

        json.WriteString("state", KebabCase.Of(month.State));
        if (month.People is { } people)
        {
            json.WriteNumber("people", people);
        }

        PeopleCli.WriteNullable(json, "hoursSaved", month.HoursSaved);
        PeopleCli.WriteNullable(json, "hoursRedeployed", month.HoursRedeployed);
        PeopleCli.WriteNullable(json, "hoursCostReduced", month.HoursCostReduced);
        PeopleCli.WriteNullable(json, "hoursNotCaptured", month.HoursNotCaptured);
        json.WriteEndObject();
    }
}
