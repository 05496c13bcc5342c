using System.Text.Json;

namespace ValueLedger.Cli.Tests;

/// <summary>
/// Two small ledgers: <see cref="ReconcileLedgers.Sample"/> holds the FOCUS sample (an Azure credit month
/// in 2024-09, no telemetry) and the LiteLLM spend logs (2025-03, no bills); <see cref="ReconcileLedgers.Billed"/>
/// holds the LiteLLM logs plus a two-line bill for OpenAI (0.0017 against an estimate of 0.00168726) and
/// Anthropic (0.006 against 0.004815) in the same month.
/// </summary>
public sealed class ReconcileCommandTests(ReconcileLedgers ledgers) : IClassFixture<ReconcileLedgers>
{
    [Fact]
    public async Task Reconcile_SampleLedger_FlagsBothCoverageGaps()
    {
        using var doc = await JsonAsync(ledgers.Sample);

        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal("billed with no telemetry", Assert.Single(rows, r => r.GetProperty("provider").GetString() == "azure" && r.GetProperty("month").GetString() == "2024-09").GetProperty("status").GetString());
        Assert.Equal(5, rows.Count(r => r.GetProperty("status").GetString() == "telemetry with no bill"));
        Assert.Equal(6, doc.RootElement.GetProperty("flagged").GetInt32());
    }

    [Fact]
    public async Task Reconcile_SampleLedger_CreditMonthLeavesEstimatesAsTheWholeShare()
    {
        // Of record is -0.15189756178 (a credit): only positive figures count, so 0.00990926 / 0.00990926.
        using var doc = await JsonAsync(ledgers.Sample);

        var usd = Assert.Single(doc.RootElement.GetProperty("summary").EnumerateArray());
        Assert.Equal("-0.15189756178", usd.GetProperty("costOfRecord").GetString());
        Assert.Equal("0.00990926", usd.GetProperty("estimatedUncovered").GetString());
        Assert.Equal("100.00", usd.GetProperty("estimatedSharePercent").GetString());
    }

    [Fact]
    public async Task Reconcile_DefaultThreshold_SmallVariancesUnderTheFloorAreOk()
    {
        using var doc = await JsonAsync(ledgers.Billed);

        Assert.Equal("ok", Status(doc, "anthropic"));
        Assert.Equal("ok", Status(doc, "openai"));
        Assert.Equal("0.05", doc.RootElement.GetProperty("threshold").GetProperty("relative").GetString());
        Assert.Equal("1", doc.RootElement.GetProperty("threshold").GetProperty("minVariance").GetString());
    }

    [Fact]
    public async Task Reconcile_NoFloor_VarianceAboveFivePercentIsFlagged()
    {
        // Anthropic: 0.001185 / 0.006 = 19.75 %; OpenAI: 0.00001274 / 0.0017 = 0.75 %.
        using var doc = await JsonAsync(ledgers.Billed, "--min-variance", "0");

        Assert.Equal("variance above threshold", Status(doc, "anthropic"));
        Assert.Equal("ok", Status(doc, "openai"));
        Assert.Equal("telemetry with no bill", Status(doc, "aws"));
    }

    [Theory]
    [InlineData("20%")]
    [InlineData("0.2")]
    public async Task Reconcile_TwentyPercent_AnthropicWithinThreshold(string threshold)
    {
        using var doc = await JsonAsync(ledgers.Billed, "--min-variance", "0", "--threshold", threshold);

        Assert.Equal("ok", Status(doc, "anthropic"));
        Assert.Equal("0.2", doc.RootElement.GetProperty("threshold").GetProperty("relative").GetString());
    }

    [Fact]
    public async Task Reconcile_Summary_EstimatedShareOfUncoveredTelemetry()
    {
        // Uncovered: aws 0.0021 + azure 0.001262 + google 0.000045 = 0.003407; of record 0.0077.
        // Share 0.003407 / 0.011107 = 30.67 %.
        using var doc = await JsonAsync(ledgers.Billed, "--min-variance", "0");

        var usd = Assert.Single(doc.RootElement.GetProperty("summary").EnumerateArray());
        Assert.Equal("USD", usd.GetProperty("currency").GetString());
        Assert.Equal("0.0077", usd.GetProperty("costOfRecord").GetString());
        Assert.Equal("0.003407", usd.GetProperty("estimatedUncovered").GetString());
        Assert.Equal("30.67", usd.GetProperty("estimatedSharePercent").GetString());
        var counts = usd.GetProperty("statusCounts");
        Assert.Equal(1, counts.GetProperty("ok").GetInt32());
        Assert.Equal(1, counts.GetProperty("variance above threshold").GetInt32());
        Assert.Equal(0, counts.GetProperty("billed with no telemetry").GetInt32());
        Assert.Equal(3, counts.GetProperty("telemetry with no bill").GetInt32());
        Assert.Equal(4, usd.GetProperty("flagged").GetInt32());
    }

    [Fact]
    public async Task Reconcile_OnlyFlagged_ListsFlagsButSummaryCountsAll()
    {
        using var doc = await JsonAsync(ledgers.Billed, "--min-variance", "0", "--only-flagged");

        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.DoesNotContain(rows, r => r.GetProperty("status").GetString() == "ok");
        Assert.True(doc.RootElement.GetProperty("onlyFlagged").GetBoolean());
        Assert.Equal(1, doc.RootElement.GetProperty("summary")[0].GetProperty("statusCounts").GetProperty("ok").GetInt32());
    }

    [Fact]
    public async Task Reconcile_Table_ShowsStatusesAndSummary()
    {
        var result = await CliRunner.RunAsync("reconcile", "--db", ledgers.Billed, "--min-variance", "0");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("variance above threshold", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("Reconciliation summary", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("30.67", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--threshold", "5", "ambiguous")]
    [InlineData("--threshold", "five", "is not a threshold")]
    [InlineData("--threshold", "-5%", "is not a threshold")]
    [InlineData("--min-variance", "-1", "is not an amount")]
    [InlineData("--min-variance", "1,5", "is not an amount")]
    public async Task Reconcile_BadThreshold_UsageErrorExplains(string option, string value, string message)
    {
        var result = await CliRunner.RunAsync("reconcile", "--db", ledgers.Billed, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_FailOnFlag_ExitsOneWhenFlagged()
    {
        var result = await CliRunner.RunAsync("reconcile", "--db", ledgers.Sample, "--fail-on-flag", "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("6 reconciliation row(s) flagged", result.Stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(6, doc.RootElement.GetProperty("rows").GetArrayLength());
    }

    [Fact]
    public async Task Reconcile_FailOnFlagNothingFlagged_ExitsZero()
    {
        var result = await CliRunner.RunAsync("reconcile", "--db", ledgers.Billed, "--fail-on-flag", "--from", "2026-01");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("nothing to reconcile", result.Stdout, StringComparison.Ordinal);
    }

    private static async Task<JsonDocument> JsonAsync(string db, params string[] options)
    {
        var result = await CliRunner.RunAsync(["reconcile", "--db", db, "--format", "json", .. options]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout);
    }

    private static string? Status(JsonDocument doc, string provider) =>
        Assert.Single(doc.RootElement.GetProperty("rows").EnumerateArray(), r => r.GetProperty("provider").GetString() == provider).GetProperty("status").GetString();
}
