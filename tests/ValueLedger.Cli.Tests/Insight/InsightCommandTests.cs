using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Tests.Insight;

public sealed class InsightCommandTests(AllocatedDemoLedger ledger) : IClassFixture<AllocatedDemoLedger>
{
    private static decimal Money(JsonElement element) => decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture);

    [Fact]
    public async Task ExplainBu_Demo_BreakdownSumsToTheBusinessUnitsAllocatedTotal()
    {
        var result = await CliRunner.RunAsync("explain", "--db", ledger.Db, "--bu", "legal", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var breakdown = json.RootElement.GetProperty("breakdown").EnumerateArray().Sum(r => Money(r.GetProperty("amount")));
        using var allocate = JsonDocument.Parse(ledger.AllocateJson);
        var allocated = allocate.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("bu").ValueKind == JsonValueKind.String && r.GetProperty("bu").GetString() == "legal")
            .Sum(r => Money(r.GetProperty("amount")));
        Assert.Equal(allocated, breakdown);
        Assert.InRange(json.RootElement.GetProperty("topLines").GetArrayLength(), 1, 10);
    }

    [Fact]
    public async Task ExplainInitiative_WithoutBu_SumsTheInitiativesMoneyInEveryUnit()
    {
        var result = await CliRunner.RunAsync("explain", "--db", ledger.Db, "--initiative", "contract-review", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("bu").ValueKind);
        var breakdown = json.RootElement.GetProperty("breakdown").EnumerateArray().Sum(r => Money(r.GetProperty("amount")));
        using var allocate = JsonDocument.Parse(ledger.AllocateJson);
        var allocated = allocate.RootElement.GetProperty("rows").EnumerateArray()
            .Where(r => r.GetProperty("initiative").ValueKind == JsonValueKind.String && r.GetProperty("initiative").GetString() == "contract-review")
            .Sum(r => Money(r.GetProperty("amount")));
        Assert.True(allocated > 0m);
        Assert.Equal(allocated, breakdown);
    }

    [Fact]
    public async Task ExplainLine_TopLineOfBu_ShowsSourceAndSharesSummingToCost()
    {
        var bu = await CliRunner.RunAsync("explain", "--db", ledger.Db, "--bu", "legal", "--top", "1", "--format", "json");
        using var buJson = JsonDocument.Parse(bu.Stdout);
        var lineId = buJson.RootElement.GetProperty("topLines")[0].GetProperty("lineId").GetString()!;

        var result = await CliRunner.RunAsync("explain", lineId, "--db", ledger.Db, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var line = json.RootElement.GetProperty("line");
        Assert.Contains("valueledger-demo-data", line.GetProperty("sourceFile").GetString(), StringComparison.Ordinal);
        Assert.True(line.GetProperty("sourceLine").GetInt64() > 0);
        var shares = json.RootElement.GetProperty("shares").EnumerateArray().ToList();
        Assert.Equal(Money(line.GetProperty("cost")), shares.Sum(s => Money(s.GetProperty("amount"))));
        Assert.All(shares, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("explanation").GetString())));
    }

    [Fact]
    public async Task ExplainLine_Table_NamesTheRuleAndWhy()
    {
        var result = await CliRunner.RunAsync("explain", "1:0", "--db", ledger.Db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Line 1:0", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("direct: the whole line", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999:1", "no line 99999:1")]
    [InlineData("12", "not a line id")]
    [InlineData("-1:2", "not a line id")]
    public async Task ExplainLine_UnknownOrMalformed_ExitsOneWithClearMessage(string lineId, string message)
    {
        var result = await CliRunner.RunAsync("explain", lineId, "--db", ledger.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_NeitherLineNorBu_ExitsOne()
    {
        var result = await CliRunner.RunAsync("explain", "--db", ledger.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("LINE_ID", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unallocated_Demo_TotalsMatchAllocateAndSharesWithinZeroAndOne()
    {
        var result = await CliRunner.RunAsync("unallocated", "--db", ledger.Db, "--top", "3", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var total = Assert.Single(json.RootElement.GetProperty("totals").EnumerateArray());
        using var allocate = JsonDocument.Parse(ledger.AllocateJson);
        var unallocated = allocate.RootElement.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("bu").ValueKind == JsonValueKind.Null).Sum(r => Money(r.GetProperty("amount")));
        Assert.Equal(unallocated, Money(total.GetProperty("net")));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.InRange(r.GetProperty("share").GetDecimal(), 0m, 1m));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("rank").GetInt32(), 1, 3));
        Assert.Contains(rows, r => r.GetProperty("suggestedFix").GetString()!.StartsWith("add a rule matching", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Coverage_ByMonthAndBu_RowsSumToOverallAndCoverageWithinZeroAndOne()
    {
        var result = await CliRunner.RunAsync("coverage", "--db", ledger.Db, "--by", "month,bu", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var overall = Assert.Single(json.RootElement.GetProperty("overall").EnumerateArray());
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(Money(overall.GetProperty("grossInScope")), rows.Sum(r => Money(r.GetProperty("grossInScope"))));
        Assert.Equal(Money(overall.GetProperty("grossAllocatedToInitiative")), rows.Sum(r => Money(r.GetProperty("grossAllocatedToInitiative"))));
        Assert.All(rows, r => Assert.InRange(r.GetProperty("coverage").GetDecimal(), 0m, 1m));
        Assert.Contains(rows, r => r.GetProperty("bu").ValueKind == JsonValueKind.Null);
    }

    [Fact]
    public async Task Coverage_Csv_HasMonthColumnFirst()
    {
        var result = await CliRunner.RunAsync("coverage", "--db", ledger.Db, "--format", "csv");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("month,currency,grossInScope,", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_UnknownGrouping_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("coverage", "--db", ledger.Db, "--by", "team");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a coverage grouping", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainBu_MonthAndFrom_ExitsOne()
    {
        var result = await CliRunner.RunAsync("explain", "--db", ledger.Db, "--bu", "legal", "--month", "2026-01", "--from", "2026-01-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("either --month or --from/--to", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExplainBu_UnknownUnit_SaysNothingAllocated()
    {
        var result = await CliRunner.RunAsync("explain", "--db", ledger.Db, "--bu", "no-such-bu", "--month", "2026-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("no allocated money for no-such-bu", result.Stdout, StringComparison.Ordinal);
    }
}
