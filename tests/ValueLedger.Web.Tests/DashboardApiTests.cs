using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>The dashboard slice's API additions (spend scope and downloads, showback downloads, reconciliation) against the CLI's JSON, and BU scoping of their pages.</summary>
public sealed class DashboardApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task Spend_ScopeAll_TotalsEqualCliJson()
    {
        var cli = await DemoLedgerFixture.CliAsync("spend", "--db", ledger.Db, "--by", "provider,month", "--scope", "all", "--from", "2026-01-01", "--to", "2026-04-01", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync("/api/spend?by=provider,month&scope=all&from=2026-01-01&to=2026-04-01");

        Assert.Equal("all", actual.RootElement.GetProperty("scope").GetString());
        Assert.Equal(expected.RootElement.GetProperty("rows").GetArrayLength(), actual.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(Compact(expected.RootElement.GetProperty("totals")), Compact(actual.RootElement.GetProperty("totals")));
    }

    [Fact]
    public async Task Spend_CsvFormat_CliColumnsAndSameTotals()
    {
        using var json = await GetJsonAsync("/api/spend?by=month");
        using var response = await ledger.Client.GetAsync("/api/spend?by=month&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("month,currency,cost,costOfRecord,estimatedUncovered,coveredTelemetryEstimate,costLines,telemetryRecords,unpricedTelemetryRecords,requests,tokens,billedCost", lines[0]);
        Assert.Equal(json.RootElement.GetProperty("rows").GetArrayLength(), lines.Length - 1);
        foreach (var total in json.RootElement.GetProperty("totals").EnumerateArray())
        {
            var currency = total.GetProperty("currency").GetString();
            var sum = lines.Skip(1).Select(l => l.Split(',')).Where(c => c[1] == currency).Sum(c => decimal.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(decimal.Parse(total.GetProperty("cost").GetString()!, System.Globalization.CultureInfo.InvariantCulture), sum);
        }
    }

    [Fact]
    public async Task Downloads_JsonFormat_AttachmentWithSameTotalsAndUnknownFormat400()
    {
        using var plain = await GetJsonAsync("/api/spend?by=provider");
        using var response = await ledger.Client.GetAsync("/api/spend?by=provider&format=json");
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("spend.json", response.Content.Headers.ContentDisposition?.FileName);
        using var file = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Compact(plain.RootElement.GetProperty("totals")), Compact(file.RootElement.GetProperty("totals")));

        using var showback = await ledger.Client.GetAsync("/api/showback?format=json");
        Assert.StartsWith("showback-", showback.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var bad = await ledger.Client.GetAsync("/api/showback?format=xml");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("/api/spend")]
    [InlineData("/spend")]
    [InlineData("/api/reconciliation")]
    [InlineData("/reconciliation")]
    public async Task LedgerWidePages_BuOwner_Forbidden(string url)
    {
        using var client = ledger.ClientFor("head-of-support");
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Reconciliation_Default_EqualsCliJson()
    {
        var cli = await DemoLedgerFixture.CliAsync("reconcile", "--db", ledger.Db, "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync("/api/reconciliation");

        Assert.Equal(expected.RootElement.GetProperty("flagged").GetInt32(), actual.RootElement.GetProperty("flagged").GetInt32());
        Assert.Equal(Compact(expected.RootElement.GetProperty("threshold")), Compact(actual.RootElement.GetProperty("threshold")));
        Assert.Equal(Compact(expected.RootElement.GetProperty("summary")), Compact(actual.RootElement.GetProperty("summary")));
        var expectedRows = expected.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var actualRows = actual.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(expectedRows);
        Assert.Equal(expectedRows.Count, actualRows.Count);
        foreach (var (e, a) in expectedRows.Zip(actualRows))
        {
            foreach (var name in new[] { "provider", "month", "currency", "costOfRecord", "telemetryEstimate", "variance", "variancePercent", "status" })
            {
                Assert.Equal(e.GetProperty(name).ToString(), a.GetProperty(name).ToString());
            }

            Assert.Equal(e.GetProperty("costLines").GetInt64(), a.GetProperty("costLines").GetInt64());
        }
    }

    [Fact]
    public async Task Reconciliation_OnlyFlaggedAndThreshold_FiltersLikeCli()
    {
        var cli = await DemoLedgerFixture.CliAsync("reconcile", "--db", ledger.Db, "--threshold", "20%", "--only-flagged", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync("/api/reconciliation?threshold=20%25&onlyFlagged=true");

        Assert.Equal(expected.RootElement.GetProperty("rows").GetArrayLength(), actual.RootElement.GetProperty("rows").GetArrayLength());
        Assert.All(actual.RootElement.GetProperty("rows").EnumerateArray(), r => Assert.NotEqual("ok", r.GetProperty("status").GetString()));
        Assert.Equal("0.2", actual.RootElement.GetProperty("threshold").GetProperty("relative").GetString());
    }

    [Fact]
    public async Task Reconciliation_BadThreshold_Returns400Problem()
    {
        using var response = await ledger.Client.GetAsync("/api/reconciliation?threshold=lots");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("threshold", problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Showback_BuOwner_OnlyOwnStatementAndOthers404()
    {
        using var client = ledger.ClientFor("head-of-support");
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/showback"));
        Assert.Equal("customer-support", Assert.Single(json.RootElement.GetProperty("statements").EnumerateArray()).GetProperty("bu").GetString());
        foreach (var url in new[] { "/api/showback?bu=sales", "/api/showback?bu=unallocated", "/showback?bu=sales", "/showback?bu=unallocated", "/api/showback?bu=sales&format=csv" })
        {
            using var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
        }

        var csv = await client.GetStringAsync("/api/showback?format=csv");
        Assert.All(csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1), line => Assert.Equal("customer-support", line.Split(',')[1]));
    }

    [Fact]
    public async Task ShowbackCsv_Totals_EqualJsonTotals()
    {
        using var json = await GetJsonAsync("/api/showback");
        var csv = await ledger.Client.GetStringAsync("/api/showback?format=csv");
        var totals = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')).Where(c => c[4] == "total")
            .Select(c => $"{c[1]} {c[7]} {c[8]}").Order(StringComparer.Ordinal);
        var expected = json.RootElement.GetProperty("statements").EnumerateArray().SelectMany(s => s.GetProperty("totals").EnumerateArray()
            .Select(t => $"{(s.GetProperty("bu").ValueKind == JsonValueKind.Null ? "unallocated" : s.GetProperty("bu").GetString())} {t.GetProperty("currency").GetString()} {t.GetProperty("amount").GetString()}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, totals);
    }

    [Fact]
    public async Task ShowbackPage_Admin_ShowsBannerAndApiTotal()
    {
        using var json = await GetJsonAsync("/api/showback?bu=finance");
        var total = json.RootElement.GetProperty("statements")[0].GetProperty("totals")[0];
        var html = await ledger.Client.GetStringAsync("/showback?bu=finance");
        Assert.Contains($"data-figure=\"net\">{total.GetProperty("amount").GetString()}<", html, StringComparison.Ordinal);
        Assert.Contains(">BILLABLE &#x2014; chargeback<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_BuOwner_ShowsNoOtherBusinessUnitOrOrganisationTotal()
    {
        using var all = await GetJsonAsync("/api/showback");
        var others = all.RootElement.GetProperty("statements").EnumerateArray()
            .Where(s => s.GetProperty("bu").GetString() != "customer-support").Select(s => s.GetProperty("name").GetString()!).ToList();
        Assert.Contains("Unallocated", others);
        using var client = ledger.ClientFor("head-of-support");
        var html = await client.GetStringAsync("/");
        var main = html[html.IndexOf("<main", StringComparison.Ordinal)..html.IndexOf("</main>", StringComparison.Ordinal)];

        Assert.Contains("Customer Support", main, StringComparison.Ordinal);
        Assert.All(others, name => Assert.DoesNotContain(name, main, StringComparison.Ordinal));
        using var scoreboard = JsonDocument.Parse(await client.GetStringAsync("/api/scoreboard"));
        var mine = Assert.Single(scoreboard.RootElement.GetProperty("units").EnumerateArray()).GetProperty("money")[0];
        Assert.Contains($"data-figure=\"value-realised\">{mine.GetProperty("valueRealised").GetString()} {mine.GetProperty("currency").GetString()}<", main, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overview_Admin_HeadlineEqualsScoreboardOverall()
    {
        using var scoreboard = await GetJsonAsync("/api/scoreboard");
        var overall = scoreboard.RootElement.GetProperty("overall").GetProperty("money")[0];
        var html = await ledger.Client.GetStringAsync("/");

        Assert.Contains($"data-figure=\"net-value\">{overall.GetProperty("netValue").GetString()} {overall.GetProperty("currency").GetString()}<", html, StringComparison.Ordinal);
        Assert.Contains($"data-figure=\"coverage\">{Pages.PageFormat.Percent(overall.GetProperty("coverage").GetDecimal())}<", html, StringComparison.Ordinal);
        Assert.Contains("Activity (not scored)", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
    }

    private static string Compact(JsonElement value) => System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText())!.ToJsonString();

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await ledger.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
