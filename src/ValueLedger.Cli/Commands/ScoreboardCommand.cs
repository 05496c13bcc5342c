using System.CommandLine;
using System.Globalization;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Storage;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger scoreboard --org PATH [--month YYYY-MM] [--bu ID] [--format table|json|html] [--output FILE]</c>:
/// the incentive scoreboard of a month (default: the latest month with allocations) per business unit and
/// overall, against the month before: coverage change, laggards retired, spend-weighted change in cost per
/// successful outcome, value; gaming flags; activity shown apart and never scored. Exit 1 when the month has
/// no allocations, 2 for an unknown <c>--bu</c>.
/// </summary>
internal static class ScoreboardCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var month = new Option<DateTime?>("--month")
        {
            Description = "The month scored (UTC), YYYY-MM, against the month before. Default: the latest month with allocations.",
            HelpName = "YYYY-MM",
            CustomParser = GlobalOptions.ParseMonth,
        };
        var bu = new Option<string?>("--bu") { Description = "Only this business unit's line (the organisation's overall figures stay).", HelpName = "ID" };
        var format = new Option<string>("--format")
        {
            Description = "Output: table (default), json (see docs/cli-json.md) or html (a printable document).",
            HelpName = "table|json|html",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "html");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("scoreboard", "The incentive scoreboard per business unit for a month: attribution coverage change, laggards retired, change in cost per successful outcome, value; gaming flags; activity shown, not scored.");
        foreach (var option in new Option[] { org, month, bu, format, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var organisation = ShowbackCommand.LoadOrganisation(parse.GetValue(org)!);
            var only = parse.GetValue(bu);
            if (only is not null && organisation.FindBusinessUnit(only) is null)
            {
                context.Error($"unknown business unit '{only}'; declared: {string.Join(", ", organisation.BusinessUnits.Select(b => b.Id))}");
                return 2;
            }

            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var report = await BuildAsync(context, store, organisation, parse.GetValue(month), ct).ConfigureAwait(false);
                if (report is null)
                {
                    return 1;
                }

                if (only is not null)
                {
                    report = report with { Units = [.. report.Units.Where(u => u.Bu == only)] };
                }

                Write(context, parse.GetValue(format)!, parse.GetValue(output), new ScoreboardView(organisation, report, context.Time.GetUtcNow()));
                return 0;
            }
        });
        return command;
    }

    /// <summary>Reads the figures, outcomes and life cycle the scoreboard needs; null (after saying why) when the month has no allocations.</summary>
    private static async Task<ScoreboardReport?> BuildAsync(CliContext context, ISpendStore store, Organisation organisation, DateTime? asked, CancellationToken cancellationToken)
    {
        if (store is not IShowbackStore showback || store is not IValueFiguresStore figures || store is not IOutcomeStore outcomeStore || store is not IInitiativeStore initiatives)
        {
            throw new CliException("this ledger keeps no value figures");
        }

        var (report, latest) = await ScoreboardLoader.LoadAsync(showback, figures, outcomeStore, initiatives, organisation, asked, cancellationToken).ConfigureAwait(false);
        if (report is not null)
        {
            return report;
        }

        if ((asked ?? latest) is not { } period)
        {
            context.Error("no allocations in the ledger; run `valueledger allocate --org PATH` first");
            return null;
        }

        context.Error($"no allocations in {Month(period)}; run `valueledger allocate --org PATH` for that month first"
            + (latest is { } l ? $" (the latest month with allocations is {Month(l)})" : string.Empty));
        return null;
    }

    private static void Write(CliContext context, string format, string? output, ScoreboardView view)
    {
        using var file = output is null ? null : BriefCommand.OpenOutput(output);
        var writer = (TextWriter?)file ?? context.Stdout;
        switch (format)
        {
            case "json":
                ScoreboardJsonWriter.Write(writer, view);
                break;
            case "html":
                ScoreboardHtmlWriter.Write(writer, view);
                break;
            default:
                ScoreboardTableWriter.Write(file is null ? context.Out : ShowbackConsoleWriter.PlainConsole(file), view);
                break;
        }

        if (output is not null)
        {
            file!.Flush();
            context.Stdout.WriteLine($"wrote the scoreboard for {Month(view.Report.Period)} to {output}");
        }
    }

    internal static string Month(DateTime month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

}
