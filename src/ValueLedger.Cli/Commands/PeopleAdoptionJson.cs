using System.Text.Json;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>The JSON form of the adoption ladder (docs/cli-json.md "adoption").</summary>
internal static class PeopleAdoptionJson
{
    public static void Write(Utf8JsonWriter json, AdoptionReport report)
    {
        json.WriteStartObject();
        json.WriteString("month", PeopleCli.Month(report.Month));
        json.WriteNumber("k", report.K);
        json.WriteStartObject("settings");
        json.WriteNumber("experimentationDays", report.Settings.ExperimentationDays);
        json.WriteNumber("regularUseDaysPerWeek", report.Settings.RegularUseDaysPerWeek);
        json.WriteNumber("regularUseWeeks", report.Settings.RegularUseWeeks);
        json.WriteEndObject();
        json.WriteStartArray("rungs");
        foreach (var rung in Enum.GetValues<AdoptionRung>())
        {
            json.WriteStringValue(KebabCase.Of(rung));
        }

        json.WriteEndArray();
        json.WriteStartArray("teams");
        foreach (var team in report.Teams)
        {
            WriteRow(json, team);
        }

        json.WriteEndArray();
        json.WritePropertyName("organisation");
        WriteRow(json, report.Organisation);
        json.WriteStartArray("funnel");
        foreach (var step in report.Funnel)
        {
            json.WriteStartObject();
            json.WriteString("rung", KebabCase.Of(step.Rung));
            PeopleCli.WriteCount(json, "reachedAtLeast", step.ReachedAtLeast);
            PeopleCli.WriteNullable(json, "conversionPercent", step.ConversionFromPrevious);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("perceptionGap");
        PeopleCli.WriteMeasure(json, "believedPercent", report.PerceptionGap.Believed);
        PeopleCli.WriteMeasure(json, "measuredPercent", report.PerceptionGap.Measured);
        PeopleCli.WriteNullable(json, "gapPoints", report.PerceptionGap.GapPoints);
        json.WriteEndObject();
        json.WriteStartArray("trend");
        foreach (var month in report.Trend)
        {
            json.WriteStartObject();
            json.WriteString("month", PeopleCli.Month(month.Month));
            PeopleCli.WriteCount(json, "people", month.Population);
            PeopleCli.WriteMeasure(json, "regularUsePercent", month.RegularUseShare);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("dataQuality");
        PeopleCli.WriteCount(json, "activeWithoutTeam", report.Quality.ActiveWithoutTeam);
        PeopleCli.WriteCount(json, "learningWithoutSeat", report.Quality.LearningWithoutSeat);
        PeopleCli.WriteCount(json, "inSeveralTeams", report.Quality.InSeveralTeams);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, AdoptionTeamRow row)
    {
        json.WriteStartObject();
        json.WriteString("id", row.Team);
        json.WriteString("name", row.Name);
        json.WriteString("businessUnit", row.BusinessUnit);
        PeopleCli.WriteCount(json, "members", row.Members);
        json.WriteStartArray("atRung");
        foreach (var cell in row.AtRung)
        {
            json.WriteStartObject();
            PeopleCli.WriteCountBody(json, cell);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        PeopleCli.WriteMeasure(json, "regularUsePercent", row.RegularUseShare);
        json.WriteEndObject();
    }
}
