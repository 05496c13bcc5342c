using System.Diagnostics;
using System.Globalization;

namespace ValueLedger.Benchmarks;

/// <summary>
/// Starts this program again in a given child mode and reads back the child's "RESULT seconds rows peakKiB"
/// line, so that each measured step runs in a fresh process with its own peak memory.
/// </summary>
internal static class ChildRunner
{
    public static async Task<ChildResult> RunAsync(string mode, params string[] args)
    {
        var exe = Environment.ProcessPath!;
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet")
        {
            // Started as "dotnet ValueLedger.Benchmarks.dll": the children need the assembly too.
            info.ArgumentList.Add(typeof(ChildRunner).Assembly.Location);
        }

        info.ArgumentList.Add(mode);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var wall = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = await process.StandardOutput.ReadToEndAsync().ConfigureAwait(false);
        await process.WaitForExitAsync().ConfigureAwait(false);
        wall.Stop();
        var line = output.Split('\n').LastOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{mode} {string.Join(' ', args)} failed (exit {process.ExitCode}): {output}");
        var parts = line.Split(' ');
        return new ChildResult(
            double.Parse(parts[1], CultureInfo.InvariantCulture),
            long.Parse(parts[2], CultureInfo.InvariantCulture),
            long.Parse(parts[3], CultureInfo.InvariantCulture),
            wall.Elapsed.TotalSeconds);
    }
}

/// <summary>
/// A child's measurement: <see cref="Seconds"/> timed inside the child around the measured work,
/// <see cref="Rows"/> (what the step counts), peak resident memory in KiB (VmHWM) and the process's
/// wall time seen from the parent (start-up and runtime load included), in seconds.
/// </summary>
internal readonly record struct ChildResult(double Seconds, long Rows, long PeakKiB, double ProcessSeconds);
