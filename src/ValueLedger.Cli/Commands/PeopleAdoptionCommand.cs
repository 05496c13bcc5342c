using System.CommandLine;
using Spectre.Console;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger adoption --org PATH [--month YYYY-MM] [--trend N] [--format text|json]</c>: the adoption ladder of a
/// month per team (people at each rung as their highest), the organisation's distinct people, the funnel with
/// conversions, the perception gap, the trend and data-quality counts; every figure over fewer than k people hidden.
/// Exit 1 when the ledger has no people data.
/// </summary>
internal static class PeopleAdoptionCommand
{
    private static readonly string[] RungHeadings = ["None", "Access", "Aware", "Trained", "Experim.", "Regular", "Workflow", "Outcome"];

    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var month = PeopleCli.MonthOption("The month counted (UTC),");
        var trend = PeopleCli.MonthsOption("--trend", "Months in the trend, ending with the month (default 6).", 6);
        var format = PeopleCli.FormatOption();
        var command = new Command(
            "adoption",
            "The adoption ladder per team for a month: access, awareness, training, experimentation, regular use (active on at least "
            + "people.regular_use.days_per_week days in at least people.regular_use.weeks of the month's four 7-day windows), workflow "
            + "integration (an updated SOP in the team), measured outcome (a validated outcome of the team's initiatives); groups under "
            + "people.min_group_size are hidden.");
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

            var report = await reports.AdoptionAsync(asked, parse.GetValue(trend), ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                PeopleCli.Json(context.Stdout, json => PeopleAdoptionJson.Write(json, report));
            }
            else
            {
                WriteText(context.Out, report);
            }

            return 0;
        }, ct));
        return command;
    }

    private static void WriteText(IAnsiConsole console, AdoptionReport report)
    {
        var k = report.K;
        console.WriteLine($"Adoption ladder, {PeopleCli.Month(report.Month)} (privacy threshold k = {k})");
        string[] Line(AdoptionTeamRow row, string name, string unit) =>
            [name, unit, PeopleCli.Count(row.Members, k), .. row.AtRung.Select(c => PeopleCli.Count(c, k)), PeopleCli.Measure(row.RegularUseShare, k, " %")];
        var lines = report.Teams.Select(t => Line(t, t.Name, t.BusinessUnit)).Append(Line(report.Organisation, report.Organisation.Name, string.Empty));
        var table = PeopleCli.Table("People at each rung (highest reached)", ["Team", "Unit", "Members", .. RungHeadings, "Regular+"], lines, firstTextColumns: 2);
        table.Caption(Markup.Escape(PeopleCli.Legend(k) + " The last row counts each person once, at their highest rung."));
        console.Write(table);

        console.Write(PeopleCli.Table(
            "Funnel",
            ["Rung", "Reached at least", "Conversion"],
            report.Funnel.Select(s => (IReadOnlyList<string>)[KebabCase.Of(s.Rung), PeopleCli.Count(s.ReachedAtLeast, k), PeopleCli.Number(s.ConversionFromPrevious, " %")])));

        var gap = report.PerceptionGap;
        console.WriteLine(
            $"Perception gap: believed {PeopleCli.Measure(gap.Believed, k, " %")} (survey perceived-regular-use), measured {PeopleCli.Measure(gap.Measured, k, " %")}"
            + (gap.GapPoints is { } points ? $", gap {PeopleCli.Number(points)} points" : ", gap not shown"));

        console.Write(PeopleCli.Table(
            "Trend",
            ["Month", "People", "Regular+"],
            report.Trend.Select(t => (IReadOnlyList<string>)[PeopleCli.Month(t.Month), PeopleCli.Count(t.Population, k), PeopleCli.Measure(t.RegularUseShare, k, " %")])));

        var quality = report.Quality;
        console.WriteLine(
            $"Data quality: active without a team {PeopleCli.Count(quality.ActiveWithoutTeam, k)}; learning without a seat "
            + $"{PeopleCli.Count(quality.LearningWithoutSeat, k)}; in several teams {PeopleCli.Count(quality.InSeveralTeams, k)} (each team counts them, the organisation once).");
    }
}
