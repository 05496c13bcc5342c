using System.Globalization;
using ValueLedger.Cli.Demo;

namespace ValueLedger.Benchmarks;

/// <summary>
/// Times <c>valueledger import</c> against DuckDB's own <c>read_csv</c> into a table, on the same files,
/// in the same run, each in its own process; reports rows/s, the ratio and peak memory.
/// </summary>
internal static class ImportBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var usageRows = BenchOptions.Number(args, "--usage-rows", 5_000_000);
        var focusRows = BenchOptions.Number(args, "--focus-rows", 1_000_000);
        var work = Path.GetFullPath(BenchOptions.Text(args, "--work") ?? "bench-data");
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("VALUELEDGER_SECRET_FILE", Path.Combine(work, "bench.secret"));

        var small = Math.Max(1, usageRows / 5);
        var inputs = new List<(string Label, string Path)>
        {
            ($"LiteLLM CSV, {small:#,##0} rows", BenchOptions.Generate(Path.Combine(work, $"litellm-{small}.csv"), p => BenchData.WriteLiteLlm(p, small, 7))),
            ($"LiteLLM CSV, {usageRows:#,##0} rows", BenchOptions.Generate(Path.Combine(work, $"litellm-{usageRows}.csv"), p => BenchData.WriteLiteLlm(p, usageRows, 7))),
            ($"FOCUS CSV, {focusRows:#,##0} rows", BenchOptions.Generate(Path.Combine(work, $"focus-{focusRows}.csv"), p => BenchData.WriteFocus(p, focusRows, 11))),
        };

        Console.WriteLine($"| input | size | valueledger import | rows/s | peak RSS | DuckDB read_csv | rows/s | peak RSS | import ÷ read_csv throughput |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, path) in inputs)
        {
            var db = Path.Combine(work, "bench.duckdb");
            var import = await ChildRunner.RunAsync("child-import", path, db).ConfigureAwait(false);
            var readCsv = await ChildRunner.RunAsync("child-readcsv", path, db).ConfigureAwait(false);
            var importRate = import.Rows / import.Seconds;
            var readRate = readCsv.Rows / readCsv.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {new FileInfo(path).Length / 1048576.0:0} MiB | {import.Seconds:0.00} s | {importRate:#,##0} | {import.PeakKiB / 1024.0:0} MiB | {readCsv.Seconds:0.00} s | {readRate:#,##0} | {readCsv.PeakKiB / 1024.0:0} MiB | {importRate / readRate:0.00}× |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd}; import = hash + parse + price + stage + commit of valueledger import (one process); read_csv = CREATE TABLE AS SELECT * FROM read_csv(file) (one process)."));
        return 0;
    }
}
