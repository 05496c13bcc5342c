using System.Globalization;
using ValueLedger.Cli;
using ValueLedger.Cli.Demo;

namespace ValueLedger.Benchmarks;

/// <summary>
/// Times <c>valueledger allocate</c> over a whole ledger followed by <c>valueledger showback</c> for each
/// of its twelve months, against a plain DuckDB GROUP BY over the same ledger file, in the same run, each
/// in a fresh process; reports wall times, the ratio and each process's peak memory.
/// </summary>
internal static class AllocationBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var usageRows = BenchOptions.Number(args, "--usage-rows", 10_000_000);
        var costRows = BenchOptions.Number(args, "--cost-rows", 1_000_000);
        var work = Path.GetFullPath(BenchOptions.Text(args, "--work") ?? "bench-data");
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("VALUELEDGER_SECRET_FILE", Path.Combine(work, "bench.secret"));

        var (ledger, buildNote) = await AllocationLedger.BuildOnceAsync(work, usageRows, costRows).ConfigureAwait(false);
        var org = Path.Combine(work, "alloc-organisation.yaml");
        var orgNote = AllocationOrganisation.Write(org);
        var db = Path.Combine(work, "alloc-run.duckdb");
        AllocationLedger.CopyForRun(ledger, db);

        var allocate = await ChildRunner.RunAsync("child-allocate", org, db).ConfigureAwait(false);
        var (showback, showbackNote) = await ShowbackAsync(org, db).ConfigureAwait(false);
        var groupBy = await ChildRunner.RunAsync("child-groupby", db).ConfigureAwait(false);

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Ledger: {usageRows:#,##0} LiteLLM usage rows + {costRows:#,##0} FOCUS cost lines, {DemoOrganisation.Months} months, {new FileInfo(ledger).Length / 1048576.0:0} MiB, {buildNote}.\nOrganisation: 7 business units, 14 direct rules, {orgNote}, no catch-all.\n"));
        Console.WriteLine("| step | processes | time (measured in the process) | process wall time | peak RSS | result |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        Row("valueledger allocate (whole ledger)", 1, allocate, $"{allocate.Rows:#,##0} allocation rows");
        if (showback is { } s)
        {
            Row($"valueledger showback --format json, {DemoOrganisation.Months} months", DemoOrganisation.Months, s, $"{s.Rows:#,##0} characters of JSON");
            var both = new ChildResult(allocate.Seconds + s.Seconds, 0, Math.Max(allocate.PeakKiB, s.PeakKiB), allocate.ProcessSeconds + s.ProcessSeconds);
            Row("**allocate + showback**", 1 + DemoOrganisation.Months, both, string.Empty);
            Row("DuckDB GROUP BY (owner, month, provider, kind, currency)", 1, groupBy, $"{groupBy.Rows:#,##0} groups");
            Ratio("**(allocate + showback) ÷ GROUP BY**", both, groupBy);
        }
        else
        {
            Console.WriteLine($"| valueledger showback | – | – | – | – | {showbackNote} |");
            Row("DuckDB GROUP BY (owner, month, provider, kind, currency)", 1, groupBy, $"{groupBy.Rows:#,##0} groups");
            Ratio("allocate alone ÷ GROUP BY", allocate, groupBy);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\n{Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd}; showback peak RSS = the largest of its processes; GROUP BY = `{string.Join(' ', AllocationChild.GroupBySql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}` through DuckDB.NET, every result row read."));
        return 0;
    }

    /// <summary>Showback of each month in turn, summed; null with a note when this build has no showback command or it fails.</summary>
    private static async Task<(ChildResult? Total, string Note)> ShowbackAsync(string org, string db)
    {
        var root = CliApp.BuildRoot(new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, interactive: false));
        if (!root.Subcommands.Any(c => c.Name == "showback"))
        {
            Console.Error.WriteLine("showback: not available");
            return (null, "showback: not available (this build has no `showback` command)");
        }

        double seconds = 0, processSeconds = 0;
        long characters = 0, peak = 0;
        for (var m = 0; m < DemoOrganisation.Months; m++)
        {
            var month = DemoOrganisation.Start.AddMonths(m).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            try
            {
                var result = await ChildRunner.RunAsync("child-showback", org, db, month).ConfigureAwait(false);
                seconds += result.Seconds;
                processSeconds += result.ProcessSeconds;
                characters += result.Rows;
                peak = Math.Max(peak, result.PeakKiB);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine(ex.Message);
                return (null, $"showback failed for {month}: {ex.Message.ReplaceLineEndings(" ").Replace('|', '/')}");
            }
        }

        return (new ChildResult(seconds, characters, peak, processSeconds), string.Empty);
    }

    private static void Row(string step, int processes, ChildResult r, string result) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {step} | {processes} | {r.Seconds:0.00} s | {r.ProcessSeconds:0.00} s | {r.PeakKiB / 1024.0:0} MiB | {result} |"));

    private static void Ratio(string label, ChildResult ours, ChildResult reference) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {label} | | {ours.Seconds / reference.Seconds:0.0}× | {ours.ProcessSeconds / reference.ProcessSeconds:0.0}× | | |"));
}
