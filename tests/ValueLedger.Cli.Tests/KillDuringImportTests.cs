using System.Diagnostics;
using System.Text.Json;
using ValueLedger.Cli.Demo;

namespace ValueLedger.Cli.Tests;

/// <summary>A real child process is killed with SIGKILL in the middle of an import.</summary>
public sealed class KillDuringImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_KilledMidway_PreviousLedgerIntactAndUsable()
    {
        var sample = CliRunner.Fixture("Focus", "focus_sample.csv");
        Assert.Equal(0, (await CliRunner.RunAsync("import", sample, "--db", _temp.Db)).ExitCode);
        var before = await SpendCsvAsync();
        var big = _temp.File("big-litellm.csv");
        BenchData.WriteLiteLlm(big, 1_500_000, 3);

        using (var child = StartImport(big))
        {
            // Wait until the child is reading the file, then kill it without warning.
            var started = await child.StandardError.ReadLineAsync();
            Assert.NotNull(started);
            Assert.StartsWith("importing", started, StringComparison.Ordinal);
            await Task.Delay(1500);
            Assert.False(child.HasExited, "the import finished before it could be killed; make the file bigger");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }

        Assert.Equal(before, await SpendCsvAsync());
        var sources = await CliRunner.RunAsync("sources", "--db", _temp.Db, "--format", "json");
        using (var doc = JsonDocument.Parse(sources.Stdout))
        {
            Assert.Single(doc.RootElement.GetProperty("rows").EnumerateArray());
        }

        // The ledger is not locked or damaged: the same import now completes.
        var retry = await CliRunner.RunAsync("import", big, "--db", _temp.Db, "--output", "json");
        Assert.True(retry.ExitCode == 0, retry.ToString());
        Assert.Contains("\"inserted\": 1500000", retry.Stdout, StringComparison.Ordinal);
    }

    private async Task<string> SpendCsvAsync() =>
        (await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--by", "provider,source", "--format", "csv")).Stdout;

    private Process StartImport(string file)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "valueledger.dll"));
        info.ArgumentList.Add("import");
        info.ArgumentList.Add(file);
        info.ArgumentList.Add("--db");
        info.ArgumentList.Add(_temp.Db);
        info.Environment["VALUELEDGER_SECRET_FILE"] = Environment.GetEnvironmentVariable("VALUELEDGER_SECRET_FILE");
        return Process.Start(info)!;
    }
}
