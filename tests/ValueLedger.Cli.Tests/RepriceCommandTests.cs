using System.Globalization;
using System.Text.Json;
using ValueLedger.Cli.Demo;

namespace ValueLedger.Cli.Tests;

public sealed class RepriceCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Reprice_UnknownModelAddedInOverride_PricesTheRecordsExactly()
    {
        var traces = _temp.File("traces.ndjson");
        var workload = DemoOrganisation.Workloads.Single(w => w.Route == DemoRoute.OpenTelemetry);
        var start = new DateTime(2026, 10, 5, 9, 0, 0, DateTimeKind.Utc);
        using (var writer = new OtlpNdjsonWriter(traces, 0))
        {
            writer.Write(new DemoRequest(workload, "northwind-ft", start, 500, 1000, 0, 200, 0m, 1, false));
            writer.Write(new DemoRequest(workload, "northwind-ft", start.AddMinutes(1), 500, 3000, 0, 100, 0m, 2, false));
        }

        var import = await CliRunner.RunAsync("import", traces, "--db", _temp.Db);
        Assert.True(import.ExitCode == 0, import.ToString());
        Assert.Contains("'northwind-ft' have no price", import.Stderr, StringComparison.Ordinal);
        Assert.Equal((0m, 2L), await CostAndUnpricedAsync());

        var prices = _temp.File("prices.yaml");
        await File.WriteAllTextAsync(prices, """
            prices:
              - provider: openai
                model: northwind-ft
                effective_from: 2026-01-01
                input: 1e-06
                output: 4e-06
            """);
        var reprice = await CliRunner.RunAsync("reprice", "--db", _temp.Db, "--prices", prices);

        Assert.True(reprice.ExitCode == 0, reprice.ToString());
        Assert.Contains("repriced 2 records", reprice.Stdout, StringComparison.Ordinal);
        // 4000 input × 1e-06 + 300 output × 4e-06 = 0.004 + 0.0012.
        Assert.Equal((0.0052m, 0L), await CostAndUnpricedAsync());
    }

    [Fact]
    public async Task Reprice_BadPriceFile_ClearErrorWithLine()
    {
        var prices = _temp.File("prices.yaml");
        await File.WriteAllTextAsync(prices, "prices:\n  - provider: openai\n    model: x\n    effective_from: 2026-01-01\n    input: cheap\n    output: 1e-06\n");

        var result = await CliRunner.RunAsync("reprice", "--db", _temp.Db, "--prices", prices);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("prices.yaml", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("line 5", result.Stderr, StringComparison.Ordinal);
    }

    private async Task<(decimal Cost, long Unpriced)> CostAndUnpricedAsync()
    {
        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--format", "json");
        using var doc = JsonDocument.Parse(spend.Stdout);
        var row = Assert.Single(doc.RootElement.GetProperty("rows").EnumerateArray());
        return (decimal.Parse(row.GetProperty("cost").GetString()!, CultureInfo.InvariantCulture), row.GetProperty("unpricedTelemetryRecords").GetInt64());
    }
}
