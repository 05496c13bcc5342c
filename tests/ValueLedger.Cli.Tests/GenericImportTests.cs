using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Tests;

public sealed class GenericImportTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_GenericCsvWithMapping_CurrenciesKeptApart()
    {
        var csv = CliRunner.Fixture("GenericCsv", "usage.csv");
        var mapping = CliRunner.Fixture("GenericCsv", "mapping.yaml");

        var result = await CliRunner.RunAsync("import", csv, "--mapping", mapping, "--db", _temp.Db);
        Assert.True(result.ExitCode == 0, result.ToString());

        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--by", "source", "--format", "json");
        using var doc = JsonDocument.Parse(spend.Stdout);
        var totals = doc.RootElement.GetProperty("totals").EnumerateArray()
            .ToDictionary(t => t.GetProperty("currency").GetString()!, t => decimal.Parse(t.GetProperty("cost").GetString()!, CultureInfo.InvariantCulture));
        // Hand-computed in the fixture's README: the row without a cost is priced from the price book,
        // so USD is at least the 0.15772 the file states; EUR stays apart.
        Assert.Equal(0.0034m, totals["EUR"]);
        Assert.True(totals["USD"] >= 0.15772m);
        Assert.All(doc.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.Equal("generic-csv", r.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Import_GenericCsvMissingMapping_ClearError()
    {
        var csv = CliRunner.Fixture("GenericCsv", "usage.csv");

        var result = await CliRunner.RunAsync("import", csv, "--mapping", _temp.File("none.yaml"), "--db", _temp.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("none.yaml", result.Stderr, StringComparison.Ordinal);
    }
}
