using System.CommandLine;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;
using ValueLedger.Importers.Organisation;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger showback --org PATH [--month YYYY-MM] [--bu ID] [--format table|csv|json|html] [--output FILE]</c>:
/// each business unit's statement for a month (default: the latest month with allocations) from the
/// stored allocation rows, plus the Unallocated statement so the figures reconcile. Exit 1 when the month
/// has no allocations, 2 for an unknown <c>--bu</c>.
/// </summary>
internal static class ShowbackCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = OrgOption();
        var month = new Option<DateTime?>("--month")
        {
            Description = "The statement month (UTC), YYYY-MM. Default: the latest month with allocations.",
            HelpName = "YYYY-MM",
            CustomParser = GlobalOptions.ParseMonth,
        };
        var bu = new Option<string?>("--bu") { Description = $"Only this business unit's statement ('{ShowbackText.UnallocatedId}' for Unallocated).", HelpName = "ID" };
        var format = new Option<string>("--format")
        {
            Description = "Output: table (default), csv, json (see docs/cli-json.md) or html (a printable document).",
            HelpName = "table|csv|json|html",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "csv", "json", "html");
        var output = new Option<string?>("--output") { Description = "Write to this file instead of standard output.", HelpName = "FILE" };
        var command = new Command("showback", "Monthly showback / chargeback statements per business unit: direct, shared and telemetry-split cost, by initiative, provider and model, change versus the previous month.");
        foreach (var option in new Option[] { org, month, bu, format, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var organisation = LoadOrganisation(parse.GetValue(org)!);
            var only = parse.GetValue(bu);
            if (only is not null && only != ShowbackText.UnallocatedId && organisation.FindBusinessUnit(only) is null)
            {
                var ids = string.Join(", ", organisation.BusinessUnits.Select(b => b.Id).Append(ShowbackText.UnallocatedId));
                context.Error($"unknown business unit '{only}'; declared: {ids}");
                return 2;
            }

            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var showback = store as IShowbackStore ?? throw new CliException("this ledger has no showback");
                var report = await BuildAsync(context, showback, organisation, parse.GetValue(month), ct).ConfigureAwait(false);
                if (report is null)
                {
                    return 1;
                }

                if (only is not null)
                {
                    report = report with { Statements = [.. report.Statements.Where(s => (s.Bu ?? ShowbackText.UnallocatedId) == only)] };
                }

                WriteReport(context, parse.GetValue(format)!, parse.GetValue(output), report);
                return 0;
            }
        });
        return command;
    }

    /// <summary>Reads the month and the one before (for the change); null (after saying why) when the month has no allocations.</summary>
    private static async Task<ShowbackReport?> BuildAsync(CliContext context, IShowbackStore showback, Organisation organisation, DateTime? asked, CancellationToken cancellationToken)
    {
        var (report, latest) = await ShowbackLoader.LoadAsync(showback, organisation, asked, cancellationToken).ConfigureAwait(false);
        if (report is not null)
        {
            return report;
        }

        if ((asked ?? latest) is not { } start)
        {
            context.Error("no allocations in the ledger; run `valueledger allocate --org PATH` first");
            return null;
        }

        var end = start.AddMonths(1);
        context.Error($"no allocations in {ShowbackText.Month(start)}; run `valueledger allocate --org PATH --from {ShowbackText.Month(start)} --to {ShowbackText.Month(end)}` first"
            + (latest is { } l ? $" (the latest month with allocations is {ShowbackText.Month(l)})" : string.Empty));
        return null;
    }

    /// <summary>The <c>--org</c> option, as <c>allocate</c> has it.</summary>
    internal static Option<string> OrgOption() => new("--org")
    {
        Description = "Organisation YAML file, or a folder of .yaml/.yml files.",
        HelpName = "PATH",
        DefaultValueFactory = _ => CheckCommand.DefaultPath,
    };

    /// <summary>Loads the organisation; any error makes the command fail with the first one (warnings pass).</summary>
    internal static Organisation LoadOrganisation(string path)
    {
        var result = OrganisationLoader.Load(path);
        var errors = result.AllProblems().Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new CliException($"the organisation has {errors.Count} error(s), first: {errors[0]}; see `valueledger check {path}`");
        }

        return result.Organisation;
    }

    private static void WriteReport(CliContext context, string format, string? output, ShowbackReport report)
    {
        var generatedAt = context.Time.GetUtcNow();
        if (format != "table" && format != "html" && ShowbackText.NotAllocatedWarning(report) is { } warning)
        {
            // CSV and JSON stay machine-readable on standard output; JSON also carries the figures.
            context.Stderr.WriteLine($"warning: {warning}");
        }

        using var file = output is null ? null : BriefCommand.OpenOutput(output);
        var writer = (TextWriter?)file ?? context.Stdout;
        switch (format)
        {
            case "csv":
                ShowbackCsvWriter.Write(writer, report);
                break;
            case "json":
                ShowbackJsonWriter.Write(writer, report, generatedAt);
                break;
            case "html":
                Output.HtmlStatementWriter.Write(writer, report, generatedAt);
                break;
            default:
                ShowbackConsoleWriter.Write(file is null ? context.Out : ShowbackConsoleWriter.PlainConsole(file), report);
                break;
        }

        if (output is not null)
        {
            file!.Flush();
            context.Stdout.WriteLine($"wrote {report.Statements.Count} statement(s) for {ShowbackText.Month(report.Month)} to {output}");
        }
    }
}
