using System.Diagnostics;
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
        var usageRows = Option(args, "--usage-rows", 5_000_000);
        var focusRows = Option(args, "--focus-rows", 1_000_000);
        var work = Path.GetFullPath(OptionText(args, "--work") ?? "bench-data");
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("VALUELEDGER_SECRET_FILE", Path.Combine(work, "bench.secret"));

        var small = Math.Max(1, usageRows / 5);
        var inputs = new List<(string Label, string Path)>
        {
            ($"LiteLLM CSV, {small:#,##0} rows", Generate(Path.Combine(work, $"litellm-{small}.csv"), p => BenchData.WriteLiteLlm(p, small, 7))),
            ($"LiteLLM CSV, {usageRows:#,##0} rows", Generate(Path.Combine(work, $"litellm-{usageRows}.csv"), p => BenchData.WriteLiteLlm(p, usageRows, 7))),
            ($"FOCUS CSV, {focusRows:#,##0} rows", Generate(Path.Combine(work, $"focus-{focusRows}.csv"), p => BenchData.WriteFocus(p, focusRows, 11))),
        };

        Console.WriteLine($"| input | size | valueledger import | rows/s | peak RSS | DuckDB read_csv | rows/s | peak RSS | import ÷ read_csv throughput |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (label, path) in inputs)
        {
            var db = Path.Combine(work, "bench.duckdb");
            var import = await RunChildAsync("child-import", path, db).ConfigureAwait(false);
            var readCsv = await RunChildAsync("child-readcsv", path, db).ConfigureAwait(false);
            var importRate = import.Rows / import.Seconds;
            var readRate = readCsv.Rows / readCsv.Seconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {label} | {new FileInfo(path).Length / 1048576.0:0} MiB | {import.Seconds:0.00} s | {importRate:#,##0} | {import.PeakKiB / 1024.0:0} MiB | {readCsv.Seconds:0.00} s | {readRate:#,##0} | {readCsv.PeakKiB / 1024.0:0} MiB | {importRate / readRate:0.00}× |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{Environment.ProcessorCount} cores; {DateTime.UtcNow:yyyy-MM-dd}; import = hash + parse + price + stage + commit of valueledger import (one process); read_csv = CREATE TABLE AS SELECT * FROM read_csv(file) (one process)."));
        return 0;
    }

    private static string Generate(string path, Action<string> write)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"generating {path}");
            var temp = path + ".tmp";
            write(temp);
            File.Move(temp, path);
        }

        return path;
    }

    private static async Task<(double Seconds, long Rows, long PeakKiB)> RunChildAsync(string mode, string file, string db)
    {
        var exe = Environment.ProcessPath!;
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
        {
            // Started as "dotnet ValueLedger.Benchmarks.dll": the children need the assembly too.
            info.ArgumentList.Add(typeof(ImportBenchmark).Assembly.Location);
        }

        info.ArgumentList.Add(mode);
        info.ArgumentList.Add(file);
        info.ArgumentList.Add(db);
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{mode} {file} failed (exit {process.ExitCode}): {output}");
        var parts = line.Split(' ');
        return (double.Parse(parts[1], CultureInfo.InvariantCulture), long.Parse(parts[2], CultureInfo.InvariantCulture), long.Parse(parts[3], CultureInfo.InvariantCulture));
    }

    private static long Option(string[] args, string name, long fallback) =>
        OptionText(args, name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;

    private static string? OptionText(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
