using System.CommandLine;
using Spectre.Console;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger conviction --org PATH [--month YYYY-MM] [--trend N] [--format text|json]</c>: conviction distance
/// per business unit and the organisation — executive confidence, manager readiness, workforce use, workflow
/// integration, realised outcome (each 0–100), the distance (first − last shown level) and where it breaks.
/// </summary>
internal static class PeopleConvictionCommand
{
    private static readonly string[] Headings = ["Unit", "Executive", "Managers", "Workforce", "Workflows", "Outcome", "Distance", "Breaks at"];

    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var month = PeopleCli.MonthOption("The month measured (UTC),");
        var trend = PeopleCli.MonthsOption("--trend", "Months in the distance trend, ending with the month (default 6).", 6);
        var format = PeopleCli.FormatOption();
        var command = new Command(
            "conviction",
            "Conviction distance per business unit: executive confidence and manager readiness (survey means), workforce use (% at regular use or above), "
            + "workflow integration (% of workflows with an updated SOP), realised outcome (attribution coverage %); the distance and where conviction breaks.");
        foreach (var option in new Option[] { org, month, trend, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, _) =>
        {
            if (await PeopleCli.MonthAsync(context, reports, parse.GetValue(month), ct).ConfigureAwait(false) is not { } asked)
            {
                return 1;
            }

            var report = await reports.ConvictionAsync(asked, parse.GetValue(trend), ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                PeopleCli.Json(context.Stdout, json => WriteJson(json, report));
            }
            else
            {
                WriteText(context.Out, report);
            }

            return 0;
        }, ct));
        return command;
    }

    private static string Score(ConvictionScore score, int k) => score.State switch
    {
        CellState.Value => PeopleCli.Number(score.Score),
        CellState.BelowThreshold => $"<{k}",
        _ => "-",
    };

    private static void WriteText(IAnsiConsole console, ConvictionReport report)
    {
        console.WriteLine($"Conviction distance, {PeopleCli.Month(report.Month)} (scores 0–100; privacy threshold k = {report.K})");
        var table = PeopleCli.Table(
            "Levels",
            Headings,
            report.Units.Select(u => (IReadOnlyList<string>)[
                u.Name, .. u.Levels.Select(l => Score(l, report.K)), PeopleCli.Number(u.Distance), u.BreaksAt is { } at ? KebabCase.Of(at) : "-"]));
        table.Caption(Markup.Escape(PeopleCli.Legend(report.K) + " Distance = first − last shown level; breaks at = the level after the largest drop."));
        console.Write(table);
        foreach (var unit in report.Units)
        {
            console.WriteLine($"{unit.Name}:");
            foreach (var level in unit.Levels)
            {
                console.WriteLine($"  {KebabCase.Of(level.Level)}: {Score(level, report.K)} — {level.Basis}");
            }
        }

        var months = report.Trend.Select(t => t.Month).Distinct().Order().ToList();
        console.Write(PeopleCli.Table(
            "Distance trend",
            ["Unit", .. months.Select(PeopleCli.Month)],
            report.Units.Select(u => (IReadOnlyList<string>)[
                u.Name, .. months.Select(m => PeopleCli.Number(report.Trend.FirstOrDefault(t => t.OrgUnit == u.OrgUnit && t.Month == m)?.Distance))])));
    }

    private static void WriteJson(System.Text.Json.Utf8JsonWriter json, ConvictionReport report)
    {
        json.WriteStartObject();
        json.WriteString("month", PeopleCli.Month(report.Month));
        json.WriteNumber("k", report.K);
        json.WriteStartArray("units");
        foreach (var unit in report.Units)
        {
            json.WriteStartObject();
            json.WriteString("id", unit.OrgUnit);
            json.WriteString("name", unit.Name);
            json.WriteStartArray("levels");
            foreach (var level in unit.Levels)
            {
                json.WriteStartObject();
                json.WriteString("level", KebabCase.Of(level.Level));
                json.WriteString("state", KebabCase.Of(level.State));
                PeopleCli.WriteNullable(json, "score", level.Score);
                if (level.People is { } people)
                {
                    json.WriteNumber("people", people);
                }
                else
                {
                    json.WriteNull("people");
                }

                json.WriteString("basis", level.Basis);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            PeopleCli.WriteNullable(json, "distance", unit.Distance);
            if (unit.BreaksAt is { } at)
            {
                json.WriteString("breaksAt", KebabCase.Of(at));
            }
            else
            {
                json.WriteNull("breaksAt");
            }

            PeopleCli.WriteNullable(json, "largestStep", unit.LargestStep);
            json.WriteStartArray("trend");
            foreach (var point in report.Trend.Where(t => t.OrgUnit == unit.OrgUnit))
            {
                json.WriteStartObject();
                json.WriteString("month", PeopleCli.Month(point.Month));
                PeopleCli.WriteNullable(json, "distance", point.Distance);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
