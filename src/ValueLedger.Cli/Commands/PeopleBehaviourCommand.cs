using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger behaviour --org PATH [--month YYYY-MM] [--months N] [--initiative ID] [--format text|json]</c>:
/// the behavioural P&amp;L per initiative over the N months ending with the month: override and error rates, the
/// reliance signal, review minutes per output and its trend, trust and learning, capacity saved and where it went,
/// beside validated value and allocated cost. Exit 2 for an unknown initiative.
/// </summary>
internal static class PeopleBehaviourCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var month = PeopleCli.MonthOption("The last month shown (UTC),");
        var months = PeopleCli.MonthsOption("--months", "How many months, ending with the month (default 3).", 3);
        var initiative = new Option<string?>("--initiative") { Description = "Only this initiative.", HelpName = "ID" };
        var format = PeopleCli.FormatOption();
        var command = new Command(
            "behaviour",
            "Behavioural outcomes per initiative and month: override rate and error rate (% of reviewed outputs); over-reliance when the override rate is "
            + $"more than {BehaviourThresholds.TolerancePoints} points below the error rate, under-reliance when more than that above it, else calibrated; "
            + $"review minutes per output and its trend (beyond ±{BehaviourThresholds.TrendPercent} %); trust and learning surveys; hours saved, redeployed, "
            + "converted to cost reduction, not captured; validated value and allocated cost beside them.");
        foreach (var option in new Option[] { org, month, months, initiative, format })
        {
            command.Options.Add(option);
        }

        command.SetAction((parse, ct) => PeopleCli.RunAsync(context, parse.GetValue(org)!, parse.GetValue(db)!, async (reports, _) =>
        {
            var only = parse.GetValue(initiative);
            if (only is not null && reports.Organisation.FindInitiative(only) is null)
            {
                context.Error($"unknown initiative '{only}'; declared: {string.Join(", ", reports.Organisation.Initiatives.Select(i => i.Id))}");
                return 2;
            }

            if (await PeopleCli.MonthAsync(context, reports, parse.GetValue(month), ct).ConfigureAwait(false) is not { } last)
            {
                return 1;
            }

            var end = last.AddMonths(1);
            var report = await reports.BehaviourAsync(end.AddMonths(-parse.GetValue(months)), end, only, ct).ConfigureAwait(false);
            if (parse.GetValue(format) == "json")
            {
                PeopleCli.Json(context.Stdout, json => PeopleBehaviourJson.Write(json, report));
            }
            else
            {
                WriteText(context.Out, report);
            }

            return 0;
        }, ct));
        return command;
    }

    private static void WriteText(IAnsiConsole console, BehaviourReport report)
    {
        var k = report.K;
        console.WriteLine($"Behavioural outcomes, {PeopleCli.Month(report.From)} to {PeopleCli.Month(report.To.AddMonths(-1))} (privacy threshold k = {k})");
        foreach (var initiative in report.Initiatives)
        {
            console.WriteLine();
            console.WriteLine($"{initiative.Name} ({initiative.Initiative}, {initiative.BusinessUnit}) — review burden {KebabCase.Of(initiative.ReviewBurden)}");
            var behaviour = PeopleCli.Table(
                "Behaviour",
                ["Month", "Override %", "Error %", "Reliance", "Review min/output", "Trust", "Learning"],
                initiative.Months.Select(m => (IReadOnlyList<string>)[
                    PeopleCli.Month(m.Month), PeopleCli.Measure(m.OverrideRate, k), PeopleCli.Measure(m.ErrorRate, k), KebabCase.Of(m.Reliance),
                    PeopleCli.Measure(m.ReviewMinutesPerOutput, k), PeopleCli.Measure(m.Trust, k), PeopleCli.Measure(m.Learning, k)]));
            behaviour.Caption(Markup.Escape(PeopleCli.Legend(k)));
            console.Write(behaviour);
            console.Write(PeopleCli.Table(
                "Capacity (hours)",
                ["Month", "People", "Saved", "Redeployed", "Cost reduced", "Not captured"],
                initiative.Capacity.Append(initiative.CapacityTotal with { Month = default }).Select(c => (IReadOnlyList<string>)[
                    c.Month == default ? "Total" : PeopleCli.Month(c.Month), State(c, c.People?.ToString(CultureInfo.InvariantCulture), k),
                    State(c, Hours(c.HoursSaved), k), State(c, Hours(c.HoursRedeployed), k), State(c, Hours(c.HoursCostReduced), k), State(c, Hours(c.HoursNotCaptured), k)])));
            var money = initiative.Currency.Length == 0 ? "no money recorded"
                : $"validated value {initiative.ValidatedValue.ToString("N2", CultureInfo.InvariantCulture)} {initiative.Currency}, "
                  + $"allocated cost {initiative.AllocatedCost.ToString("N2", CultureInfo.InvariantCulture)} {initiative.Currency}";
            console.WriteLine($"Money over the same months: {money} (hours saved are not money).");
        }
    }

    private static string? Hours(decimal? hours) => hours?.ToString("N2", CultureInfo.InvariantCulture);

    private static string State(CapacityMonth month, string? value, int k) => month.State switch
    {
        CellState.Value => value ?? "-",
        CellState.BelowThreshold => $"<{k}",
        _ => "-",
    };
}
