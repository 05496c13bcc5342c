using System.Text.Json;

namespace ValueLedger.Cli.Tests.People;

public sealed class PeopleReportCommandTests
{
    [Fact]
    public async Task Conviction_Json_UnitsThenOrganisationWithLevels()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("conviction", "--month", "2026-03", "--trend", "1", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var units = doc.RootElement.GetProperty("units");
        Assert.Equal(["ops", "sales", "organisation"], units.EnumerateArray().Select(u => u.GetProperty("id").GetString()));
        var levels = units[0].GetProperty("levels");
        Assert.Equal("workforce-use", levels[2].GetProperty("level").GetString());
        Assert.Equal("no-data", levels[0].GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, levels[0].GetProperty("score").ValueKind);
        Assert.Equal("below-threshold", units[1].GetProperty("levels")[2].GetProperty("state").GetString());
    }

    [Fact]
    public async Task Conviction_Text_HasLevelsTable()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("conviction", "--month", "2026-03");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Conviction distance, 2026-03", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Operations", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behaviour_Json_RatesAndReliance()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("behaviour", "--month", "2026-03", "--months", "1", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var month = doc.RootElement.GetProperty("initiatives")[0].GetProperty("months")[0];
        Assert.Equal(5m, month.GetProperty("overrideRatePercent").GetProperty("value").GetDecimal());
        Assert.Equal(15m, month.GetProperty("errorRatePercent").GetProperty("value").GetDecimal());
        Assert.Equal("over-reliance", month.GetProperty("reliance").GetString());
        Assert.Equal(3m, month.GetProperty("reviewMinutesPerOutput").GetProperty("value").GetDecimal());
        Assert.Equal("0", doc.RootElement.GetProperty("initiatives")[0].GetProperty("validatedValue").GetString());
    }

    [Fact]
    public async Task Behaviour_UnknownInitiative_Exit2()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("behaviour", "--initiative", "nope");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown initiative 'nope'", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Behaviour_Help_StatesTolerance()
    {
        var result = await CliRunner.RunAsync("behaviour", "--help");

        Assert.Contains("more than 5 points below the error rate", result.Stdout.ReplaceLineEndings(" "), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Maturity_Json_SevenCapabilities()
    {
        using var ledger = new PeopleLedger();
        await ledger.SeedAsync();

        var result = await ledger.RunAsync("maturity", "--month", "2026-03", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var capabilities = doc.RootElement.GetProperty("capabilities");
        Assert.Equal(7, capabilities.GetArrayLength());
        Assert.Equal("cost-allocation", capabilities[0].GetProperty("id").GetString());
        Assert.Equal("not-started", capabilities[0].GetProperty("level").GetString());
        Assert.Equal("no allocated spend in the month", capabilities[0].GetProperty("evidence").GetString());
    }
}
