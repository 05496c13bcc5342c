using System.Globalization;
using System.Text.Json;
using nietras.SeparatedValues;

namespace ValueLedger.Cli.Tests.Insight;

public sealed class ExportAllocatedCommandTests(AllocatedDemoLedger ledger) : IClassFixture<AllocatedDemoLedger>
{
    [Fact]
    public async Task ExportAllocated_Demo_AllocatedCostSumsExactlyToTheAllocatedTotalPerCurrency()
    {
        var path = ledger.File("allocated.csv");

        var result = await CliRunner.RunAsync("export", "allocated", "--db", ledger.Db, "--output", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var exported = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var billedPerLine = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var rows = 0;
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path))
        {
            Assert.Equal("x_LineId", reader.Header.ColNames[^1]);
            foreach (var row in reader)
            {
                rows++;
                var currency = row["BillingCurrency"].ToString();
                exported[currency] = exported.GetValueOrDefault(currency) + decimal.Parse(row["x_AllocatedCost"].Span, NumberStyles.Float, CultureInfo.InvariantCulture);
                var method = row["AllocatedMethodId"].ToString();
                if (method.Length > 0)
                {
                    using var details = JsonDocument.Parse(row["AllocatedMethodDetails"].ToString());
                    Assert.True(details.RootElement.GetProperty("Elements")[0].TryGetProperty("AllocatedRatio", out _));
                }

                Assert.Contains(row["x_CostKind"].ToString(), (string[])["of-record", "estimated"]);
            }
        }

        using var allocate = JsonDocument.Parse(ledger.AllocateJson);
        var allocated = allocate.RootElement.GetProperty("rows").EnumerateArray()
            .GroupBy(r => r.GetProperty("currency").GetString()!)
            .ToDictionary(g => g.Key, g => g.Sum(r => decimal.Parse(r.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture)), StringComparer.Ordinal);
        Assert.True(rows > 0);
        Assert.Equal(allocated.OrderBy(p => p.Key), exported.OrderBy(p => p.Key));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }

    [Fact]
    public async Task ExportAllocated_PeriodWithoutAllocations_WritesHeaderOnly()
    {
        var path = ledger.File("empty.csv");

        var result = await CliRunner.RunAsync("export", "allocated", "--db", ledger.Db, "--output", path, "--from", "2001-01", "--to", "2001-02");

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = await File.ReadAllTextAsync(path);
        Assert.StartsWith("BillingAccountId,BillingAccountName,", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ExportAllocated_MissingFolder_ExitsOneWithoutWriting()
    {
        var result = await CliRunner.RunAsync("export", "allocated", "--db", ledger.Db, "--output", ledger.File(Path.Combine("no-such-folder", "x.csv")));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("does not exist", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAllocated_NoOutput_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("export", "allocated", "--db", ledger.Db);

        Assert.Equal(2, result.ExitCode);
    }
}
