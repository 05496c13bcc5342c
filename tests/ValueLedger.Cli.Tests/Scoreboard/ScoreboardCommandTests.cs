using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Tests.Scoreboard;

public sealed class ScoreboardCommandTests(ScoreboardLedger ledger) : IClassFixture<ScoreboardLedger>
{
    [Fact]
    public async Task Json_LatestMonth_CoverageInRangeAndValidatedUnitCovered()
    {
        using var json = await JsonAsync();
        var root = json.RootElement;

        Assert.Equal(("2026-10", "2026-09"), (root.GetProperty("month").GetString(), root.GetProperty("previousMonth").GetString()));
        foreach (var unit in root.GetProperty("units").EnumerateArray())
        {
            foreach (var money in unit.GetProperty("money").EnumerateArray())
            {
                if (money.GetProperty("coverage").ValueKind != JsonValueKind.Null)
                {
                    Assert.InRange(money.GetProperty("coverage").GetDecimal(), 0m, 1m);
                }
            }
        }

        var support = Usd(Unit(root, "customer-support"));
        Assert.True(support.GetProperty("coverage").GetDecimal() > 0m);

        // Previous month had no validated outcome: coverage 0 before, change = coverage × 100 points.
        Assert.Equal(0m, support.GetProperty("previousCoverage").GetDecimal());
        Assert.Equal(support.GetProperty("coverage").GetDecimal() * 100, support.GetProperty("coverageChangePoints").GetDecimal());
    }

    [Fact]
    public async Task Json_ValidatedClaim_ValueRealisedAndNetValueHandComputed()
    {
        using var json = await JsonAsync();
        var unit = Unit(json.RootElement, "customer-support");
        var usd = Usd(unit);

        // 100 successful × 10 USD agreed = 1,000 USD; net = 1,000 − net cost; success rate 100 ÷ 125.
        Assert.Equal("1000", usd.GetProperty("valueRealised").GetString());
        var netCost = decimal.Parse(usd.GetProperty("netCost").GetString()!, CultureInfo.InvariantCulture);
        Assert.Equal(1000m - netCost, decimal.Parse(usd.GetProperty("netValue").GetString()!, CultureInfo.InvariantCulture));
        Assert.Equal(0.8m, unit.GetProperty("outcomes").GetProperty("successRate").GetDecimal());

        // No outcome in September: the change in cost per successful outcome is undefined (null, not 0).
        Assert.Equal(JsonValueKind.Null, usd.GetProperty("costPerOutcomeChange").ValueKind);
    }

    [Fact]
    public async Task Json_FourOfSixClaimsRejected_HighRejectedShareFlag()
    {
        using var json = await JsonAsync();
        var sales = Unit(json.RootElement, "sales");

        Assert.Equal(6m, sales.GetProperty("outcomes").GetProperty("reviewedClaims").GetDecimal());
        Assert.Equal(4m / 6m, sales.GetProperty("outcomes").GetProperty("rejectedShare").GetDecimal());
        var flag = Assert.Single(sales.GetProperty("flags").EnumerateArray());
        Assert.Equal("high-rejected-share", flag.GetProperty("kind").GetString());
        Assert.Equal("66.7 % of 6 reviewed claims rejected", flag.GetProperty("explanation").GetString());
        Assert.Empty(Unit(json.RootElement, "customer-support").GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public async Task Json_RetiredWithoutOutcome_OneLaggardRetiredForLegalOnly()
    {
        using var json = await JsonAsync();
        var root = json.RootElement;

        Assert.Equal(1, Unit(root, "legal").GetProperty("laggardsRetired").GetInt32());
        Assert.Equal(1, root.GetProperty("units").EnumerateArray().Sum(u => u.GetProperty("laggardsRetired").GetInt32()));
        Assert.Equal(1, root.GetProperty("overall").GetProperty("laggardsRetired").GetInt32());

        // In September nobody retired anything.
        using var september = JsonDocument.Parse((await OkAsync("scoreboard", "--org", ledger.Organisation, "--month", "2026-09", "--format", "json")).Stdout);
        Assert.Equal(0, Unit(september.RootElement, "legal").GetProperty("laggardsRetired").GetInt32());
    }

    [Fact]
    public async Task Json_ActivityAndMetrics_NotScoredAndLabelledWithRungs()
    {
        using var json = await JsonAsync();
        var root = json.RootElement;
        var activity = Unit(root, "customer-support").GetProperty("activity");

        Assert.False(activity.GetProperty("scored").GetBoolean());
        Assert.Equal("activity", activity.GetProperty("rung").GetString());
        Assert.True(activity.GetProperty("tokens").GetInt64() > 0);
        Assert.Equal(JsonValueKind.Null, Unit(root, "engineering").GetProperty("activity").GetProperty("tokensPerValidatedOutcome").ValueKind);
        var metrics = root.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("id").GetString()!, m => m.GetProperty("rung").GetString());
        Assert.Equal(("outcome", "outcome", "value", "activity"), (metrics["attribution-coverage"], metrics["cost-per-successful-outcome"], metrics["value-realised"], metrics["tokens-per-validated-outcome"]));
        Assert.DoesNotContain("Infinity", json.RootElement.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bu_OnlyThatUnit_AndUnknownUnitExit2()
    {
        using var json = JsonDocument.Parse((await OkAsync("scoreboard", "--org", ledger.Organisation, "--bu", "sales", "--format", "json")).Stdout);
        var unknown = await ledger.RunAsync("scoreboard", "--org", ledger.Organisation, "--bu", "nope");

        Assert.Equal("sales", Assert.Single(json.RootElement.GetProperty("units").EnumerateArray()).GetProperty("bu").GetString());
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("unknown business unit 'nope'", unknown.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Month_WithoutAllocations_Exit1WithClearMessage()
    {
        var result = await ledger.RunAsync("scoreboard", "--org", ledger.Organisation, "--month", "2020-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no allocations in 2020-01", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("the latest month with allocations is 2026-10", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Table_ScoredThenNotScoredActivity()
    {
        var table = (await OkAsync("scoreboard", "--org", ledger.Organisation)).Stdout;

        var scored = table.IndexOf("Scored", StringComparison.Ordinal);
        var activity = table.IndexOf("Activity — shown, not scored", StringComparison.Ordinal);
        Assert.True(scored >= 0 && activity > scored, table);
        Assert.Contains("high-rejected-share — 66.7 % of 6 reviewed claims rejected", table, StringComparison.Ordinal);
        Assert.Contains("n/a", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_ToFile_SelfContainedPrintableWithSectionsInOrder()
    {
        var path = ledger.File("scoreboard.html");

        var result = await OkAsync("scoreboard", "--org", ledger.Organisation, "--format", "html", "--output", path);
        var html = await System.IO.File.ReadAllTextAsync(path);

        Assert.Contains("wrote the scoreboard for 2026-10", result.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var scored = html.IndexOf("<h2>Scored</h2>", StringComparison.Ordinal);
        var activity = html.IndexOf("Activity — shown, not scored", StringComparison.Ordinal);
        var definitions = html.IndexOf("Metric definitions", StringComparison.Ordinal);
        Assert.True(scored > 0 && activity > scored && definitions > activity);
        Assert.Contains("Gross in-scope cost allocated to initiatives", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_ScriptInUnitName_Escaped()
    {
        var org = ledger.File("script-organisation.yaml");
        var yaml = await System.IO.File.ReadAllTextAsync(ledger.Organisation);
        await System.IO.File.WriteAllTextAsync(org, yaml.Replace("name: Legal,", "name: \"<script>alert(1)</script>\",", StringComparison.Ordinal));

        var html = (await OkAsync("scoreboard", "--org", org, "--format", "html")).Stdout;

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; (legal)", html, StringComparison.Ordinal);
    }

    private async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await ledger.RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    private async Task<JsonDocument> JsonAsync() => JsonDocument.Parse((await OkAsync("scoreboard", "--org", ledger.Organisation, "--format", "json")).Stdout);

    private static JsonElement Unit(JsonElement root, string bu) => root.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("bu").GetString() == bu);

    private static JsonElement Usd(JsonElement unit) => unit.GetProperty("money").EnumerateArray().Single(m => m.GetProperty("currency").GetString() == "USD");
}
