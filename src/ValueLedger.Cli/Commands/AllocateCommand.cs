using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Organisation;
using ValueLedger.Importers.Organisation;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger allocate --org PATH [--from] [--to]</c>: allocates the period's AI cost of record, and the
/// usage telemetry no bill covers (estimated), by the organisation's rules and shared-cost policies
/// (replacing that period's earlier allocation), then prints the amount per business unit, initiative and
/// currency, the allocation coverage with its FinOps maturity level, and notices about telemetry splits
/// that fell back or left lines Unallocated. CSV carries the allocation rows only; JSON adds
/// <c>coverage</c>, <c>lines</c> and <c>notices</c>.
/// </summary>
internal static class AllocateCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var org = new Option<string>("--org")
        {
            Description = "Organisation YAML file, or a folder of .yaml/.yml files.",
            HelpName = "PATH",
            DefaultValueFactory = _ => CheckCommand.DefaultPath,
        };
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var format = GlobalOptions.Format();
        var command = new Command("allocate", "Allocate AI cost of record to business units and initiatives by the organisation's rules; show coverage.");
        foreach (var option in new Option[] { org, from, to, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var organisation = LoadOrganisation(parse.GetValue(org)!);
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var allocation = store as IAllocationStore ?? throw new CliException("this ledger cannot allocate");
                var months = await allocation.QueryAllocatableMonthsAsync(ct).ConfigureAwait(false);
                var start = parse.GetValue(from) ?? months?.From;
                var end = parse.GetValue(to) ?? months?.To;
                if (start is not { } periodStart || end is not { } periodEnd)
                {
                    context.Stdout.WriteLine("no AI cost of record in the ledger: nothing to allocate");
                    return 0;
                }

                context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocating {periodStart:yyyy-MM-dd} to {periodEnd:yyyy-MM-dd} (exclusive) with {organisation.AllocationRules.Count} rule(s) and {organisation.SharedCostPolicies.Count} shared-cost policies..."));
                var watch = Stopwatch.StartNew();
                var run = await allocation.AllocateAsync(organisation, periodStart, periodEnd, ct).ConfigureAwait(false);
                context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated in {watch.Elapsed.TotalSeconds:0.0} s"));
                var totals = await allocation.QueryAllocationsAsync(periodStart, periodEnd, ct).ConfigureAwait(false);
                var coverage = await allocation.QueryAllocationCoverageAsync(periodStart, periodEnd, groupByBu: false, ct).ConfigureAwait(false);
                Write(context, parse.GetValue(format) ?? OutputFormat.Table, run, totals, coverage);
                return 0;
            }
        });
        return command;
    }

    private static Organisation LoadOrganisation(string path)
    {
        var result = OrganisationLoader.Load(path);
        var errors = result.AllProblems().Where(p => p.Severity == ProblemSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new CliException($"the organisation has {errors.Count} error(s), first: {errors[0]}; see `valueledger check {path}`");
        }

        return result.Organisation;
    }

    internal static void Write(CliContext context, OutputFormat format, AllocationRunResult run, IReadOnlyList<AllocationTotal> totals, IReadOnlyList<AllocationCoverageRow> coverage)
    {
        var report = new Report("Allocation",
        [
            new("bu", "Business unit"), new("initiative", "Initiative"), new("currency", "Currency"), new("amount", "Amount", ReportColumnKind.Money),
        ]);
        foreach (var t in totals)
        {
            // The table names the Unallocated row; CSV and JSON leave bu empty / null, as documented.
            report.Add(t.Bu ?? (format == OutputFormat.Table ? "(unallocated)" : null), t.Initiative, t.Currency, MoneyText.Exact(t.Amount));
        }

        var coverageReport = new Report("Allocation coverage (gross)",
        [
            new("currency", "Currency"), new("grossInScope", "Gross in scope", ReportColumnKind.Money),
            new("grossAllocated", "To initiatives", ReportColumnKind.Money), new("coverage", "Coverage"), new("maturity", "Maturity"),
        ]);
        foreach (var c in coverage)
        {
            coverageReport.Add(c.Currency, MoneyText.Exact(c.GrossInScope), MoneyText.Exact(c.GrossAllocatedToInitiative), MoneyText.Percent(c.Coverage), c.Maturity);
        }

        if (format == OutputFormat.Table)
        {
            report.WriteTable(context.Out, totals.Count == 0 ? "nothing allocated" : "net amounts, credits included, estimated usage telemetry no bill covers included; (unallocated) = no rule or policy matched, or a telemetry split had nothing to split by and no fallback");
            coverageReport.WriteTable(context.Out, "coverage = gross cost allocated to an initiative / gross AI cost; crawl >= 50 %, walk >= 80 %, run > 90 %");
            context.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{run.LinesConsidered} line(s) allocated, of which {run.UsageLinesConsidered} usage telemetry record(s) no bill covers (estimated cost)"));
            foreach (var n in run.Notices)
            {
                context.Stdout.WriteLine("notice: " + n.Message);
            }
        }
        else
        {
            report.Write(format, context.Out, context.Stdout, extraJson: json =>
            {
                WriteCoverage(json, coverage);
                json.WriteStartObject("lines");
                json.WriteNumber("considered", run.LinesConsidered);
                json.WriteNumber("usage", run.UsageLinesConsidered);
                json.WriteEndObject();
                WriteNotices(json, run.Notices);
            });
        }
    }

    private static void WriteNotices(Utf8JsonWriter json, IReadOnlyList<AllocationNotice> notices)
    {
        json.WriteStartArray("notices");
        foreach (var n in notices)
        {
            json.WriteStartObject();
            json.WriteString("ruleKind", n.RuleKind);
            json.WriteString("ruleId", n.RuleId);
            json.WriteString("month", n.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            json.WriteString("reason", n.Reason);
            json.WriteString("fallback", n.Fallback);
            json.WriteNumber("lines", n.Lines);
            json.WriteString("currency", n.Currency);
            json.WriteString("amount", MoneyText.Exact(n.Amount));
            json.WriteString("message", n.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCoverage(Utf8JsonWriter json, IReadOnlyList<AllocationCoverageRow> coverage)
    {
        json.WriteStartArray("coverage");
        foreach (var c in coverage)
        {
            json.WriteStartObject();
            json.WriteString("currency", c.Currency);
            json.WriteString("grossInScope", MoneyText.Exact(c.GrossInScope));
            json.WriteString("grossAllocatedToInitiative", MoneyText.Exact(c.GrossAllocatedToInitiative));
            if (c.Coverage is { } ratio)
            {
                json.WriteNumber("coverage", ratio);
            }
            else
            {
                json.WriteNull("coverage");
            }

            json.WriteString("maturity", c.Maturity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
