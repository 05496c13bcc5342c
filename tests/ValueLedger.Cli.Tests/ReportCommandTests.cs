using System.Text.Json;

namespace ValueLedger.Cli.Tests;

public sealed class ReportCommandTests : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _temp = new();

    public async Task InitializeAsync() =>
        Assert.Equal(0, (await CliRunner.RunAsync("import", CliRunner.Fixture("Focus", "focus_sample.csv"), "--db", _temp.Db)).ExitCode);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Spend_UnknownDimension_UsageErrorNamesTheChoices()
    {
        var result = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--by", "colour");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'colour' is not a dimension", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("tag:KEY", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spend_BadDate_UsageError()
    {
        var result = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--from", "28/11/2026");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("YYYY-MM-DD", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spend_TagKeyWithStraySpaceAndCase_GroupsTheSameTag()
    {
        // The sample spells one key " org" (leading space); asking for "ORG" must find it.
        var result = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--by", "tag:ORG", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Contains(doc.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("tag:ORG").ValueKind == JsonValueKind.String);
    }

    [Fact]
    public async Task Spend_PeriodFilter_IsHalfOpen()
    {
        var all = await CountLinesAsync();
        var september = await CountLinesAsync("--from", "2024-09", "--to", "2024-10");
        var october = await CountLinesAsync("--from", "2024-10-01", "--to", "2024-11-01");

        Assert.Equal(all, september + october);
        Assert.True(september > 0);
    }

    [Fact]
    public async Task Spend_Csv_HasHeaderAndExactMoney()
    {
        var result = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--by", "provider", "--format", "csv");

        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("provider,currency,cost,costOfRecord,", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public async Task Sources_Table_ListsTheImport()
    {
        var result = await CliRunner.RunAsync("sources", "--db", _temp.Db);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("focus_sample.csv", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("imported", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_BillsWithoutTelemetry_AreFlagged()
    {
        var result = await CliRunner.RunAsync("reconcile", "--db", _temp.Db, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.All(doc.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("billed with no telemetry", r.GetProperty("status").GetString()));
    }

    private async Task<long> CountLinesAsync(params string[] period)
    {
        var result = await CliRunner.RunAsync(["spend", "--db", _temp.Db, "--scope", "all", "--format", "json", .. period]);
        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        return doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("costLines").GetInt64());
    }
}
