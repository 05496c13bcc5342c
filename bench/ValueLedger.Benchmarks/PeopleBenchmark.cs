using System.Globalization;
using System.Text;

namespace ValueLedger.Benchmarks;

/// <summary>
/// Times <c>valueledger people import</c> of a GitHub Copilot per-user daily usage report (NDJSON) against DuckDB's own
/// <c>read_json</c> into a table, on the same file, in the same run, each in its own process; reports rows/s, the ratio
/// and peak memory. The people import hashes every login, keeps one active day per person and day, and commits the
/// file in one transaction; read_json only parses and stores.
/// </summary>
internal static class PeopleBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = BenchOptions.Number(args, "--rows", 1_000_000);
        var work = Path.GetFullPath(BenchOptions.Text(args, "--work") ?? "bench-data");
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("VALUELEDGER_SECRET_FILE", Path.Combine(work, "bench.secret"));
        var org = Path.Combine(work, "people-bench-organisation.yaml");
        File.WriteAllText(org, "version: 1\nbusiness_units:\n  - { id: engineering, name: Engineering }\n");

        var inputs = new List<(string Label, string Path)>();
        foreach (var n in new[] { Math.Max(1, rows / 5), rows })
        {
            var path = BenchOptions.Generate(Path.Combine(work, $"copilot-usage-{n}.ndjson"), p => WriteCopilotUsage(p, n));
            inputs.Add(($"Copilot usage NDJSON, {n:#,##0} rows", path));
        }

        Console.WriteLine("| input | size | valueledger people import | rows/s | peak RSS | DuckDB read_json | rows/s | peak RSS | import ÷ read_json throughput |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, path) in inputs)
        {
            var db = Path.Combine(work, "people-bench.duckdb");
            var import = await ChildRunner.RunAsync("child-people-import", path, db, org).ConfigureAwait(false);
            var readJson = await ChildRunner.RunAsync("child-readjson", path, db).ConfigureAwait(false);
            var importRate = import.Rows / import.Seconds;
            var readRate = readJson.Rows / readJson.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {new FileInfo(path).Length / 1048576.0:0} MiB | {import.Seconds:0.00} s | {importRate:#,##0} | {import.PeakKiB / 1024.0:0} MiB | {readJson.Seconds:0.00} s | {readRate:#,##0} | {readJson.PeakKiB / 1024.0:0} MiB | {importRate / readRate:0.00}× |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd}; people import = parse + hash + dedupe + commit (one process); read_json = CREATE TABLE AS SELECT * FROM read_json(file) (one process)."));
        return 0;
    }

    /// <summary>A report shaped like GitHub's per-user daily Copilot usage: 5,000 users a day, deterministic counts.</summary>
    internal static void WriteCopilotUsage(string path, long rows)
    {
        const int users = 5_000;
        var random = new Random(13);
        var start = new DateOnly(2025, 1, 1);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        for (long i = 0; i < rows; i++)
        {
            var day = start.AddDays((int)(i / users));
            var user = i % users;
            writer.Write(string.Create(CultureInfo.InvariantCulture,
                $"{{\"day\":\"{day:yyyy-MM-dd}\",\"enterprise_id\":\"1\",\"user_id\":{user},\"user_login\":\"user-{user:00000}\",\"user_initiated_interaction_count\":{random.Next(0, 6)},\"code_generation_activity_count\":{random.Next(0, 10)},\"code_acceptance_activity_count\":{random.Next(0, 5)},\"used_agent\":false,\"used_chat\":true,\"used_cli\":false}}\n"));
        }
    }
}
