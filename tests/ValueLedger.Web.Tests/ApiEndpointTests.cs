using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>Each endpoint's happy path, checked against the CLI's JSON for the same query on the same ledger.</summary>
public sealed class ApiEndpointTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task Health_Get_ReturnsOk()
    {
        using var json = await GetJsonAsync("/api/health");
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Scoreboard_LatestMonth_EqualsCliJsonFigures()
    {
        var cli = await DemoLedgerFixture.CliAsync("scoreboard", "--db", ledger.Db, "--org", ledger.Org, "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        var month = expected.RootElement.GetProperty("month").GetString();
        using var actual = await GetJsonAsync($"/api/scoreboard?month={month}");

        Assert.Equal(month, actual.RootElement.GetProperty("month").GetString());
        Assert.Equal(expected.RootElement.GetProperty("previousMonth").GetString(), actual.RootElement.GetProperty("previousMonth").GetString());
        var expectedUnits = expected.RootElement.GetProperty("units").EnumerateArray().ToList();
        var actualUnits = actual.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.NotEmpty(expectedUnits);
        Assert.Equal(expectedUnits.Count, actualUnits.Count);
        for (var i = 0; i < expectedUnits.Count; i++)
        {
            Assert.Equal(expectedUnits[i].GetProperty("bu").GetString(), actualUnits[i].GetProperty("bu").GetString());
            Assert.Equal(expectedUnits[i].GetProperty("laggardsRetired").GetInt32(), actualUnits[i].GetProperty("laggardsRetired").GetInt32());
            AssertSameMoney(expectedUnits[i].GetProperty("money"), actualUnits[i].GetProperty("money"));
            Assert.Equal(
                expectedUnits[i].GetProperty("outcomes").GetProperty("validatedSuccessful").GetDecimal(),
                actualUnits[i].GetProperty("outcomes").GetProperty("validatedSuccessful").GetDecimal());
            Assert.Equal(expectedUnits[i].GetProperty("flags").GetArrayLength(), actualUnits[i].GetProperty("flags").GetArrayLength());
            Assert.False(actualUnits[i].GetProperty("activity").GetProperty("scored").GetBoolean());
        }

        AssertSameMoney(expected.RootElement.GetProperty("overall").GetProperty("money"), actual.RootElement.GetProperty("overall").GetProperty("money"));
    }

    [Fact]
    public async Task Showback_LatestMonth_TotalsEqualCliJson()
    {
        var cli = await DemoLedgerFixture.CliAsync("showback", "--db", ledger.Db, "--org", ledger.Org, "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        var month = expected.RootElement.GetProperty("month").GetString();
        using var actual = await GetJsonAsync($"/api/showback?month={month}");

        string Totals(JsonElement root) => string.Join("\n", root.GetProperty("statements").EnumerateArray().SelectMany(s => s.GetProperty("totals").EnumerateArray()
            .Select(t => $"{s.GetProperty("bu")} {t.GetProperty("currency").GetString()} {t.GetProperty("amount").GetString()} {t.GetProperty("gross").GetString()} {t.GetProperty("previous")}")));
        Assert.Equal(Totals(expected.RootElement), Totals(actual.RootElement));
    }

    [Fact]
    public async Task Showback_OneBu_ReturnsOnlyThatStatement()
    {
        using var all = await GetJsonAsync("/api/showback");
        var bu = all.RootElement.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("bu").ValueKind == JsonValueKind.String).GetProperty("bu").GetString();
        using var one = await GetJsonAsync($"/api/showback?bu={bu}");
        Assert.Equal(bu, Assert.Single(one.RootElement.GetProperty("statements").EnumerateArray()).GetProperty("bu").GetString());
    }

    [Fact]
    public async Task Spend_ByMonthProvider_TotalsEqualCliJson()
    {
        var cli = await DemoLedgerFixture.CliAsync("spend", "--db", ledger.Db, "--by", "month,provider", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync("/api/spend?by=month,provider");

        Assert.Equal(expected.RootElement.GetProperty("rows").GetArrayLength(), actual.RootElement.GetProperty("rows").GetArrayLength());
        Assert.Equal(Compact(expected.RootElement.GetProperty("totals")), Compact(actual.RootElement.GetProperty("totals")));
        var first = actual.RootElement.GetProperty("rows")[0];
        Assert.Equal(JsonValueKind.String, first.GetProperty("cost").ValueKind);
        Assert.True(first.GetProperty("keys").TryGetProperty("provider", out _));
    }

    [Fact]
    public async Task Coverage_ByMonth_OverallEqualsCliJson()
    {
        var cli = await DemoLedgerFixture.CliAsync("coverage", "--db", ledger.Db, "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync("/api/coverage?by=month");

        Assert.Equal(expected.RootElement.GetProperty("rows").GetArrayLength(), actual.RootElement.GetProperty("rows").GetArrayLength());
        var expectedOverall = expected.RootElement.GetProperty("overall")[0];
        var actualOverall = actual.RootElement.GetProperty("overall")[0];
        Assert.Equal(expectedOverall.GetProperty("grossInScope").GetString(), actualOverall.GetProperty("grossInScope").GetString());
        Assert.Equal(expectedOverall.GetProperty("grossAllocatedToInitiative").GetString(), actualOverall.GetProperty("grossAllocatedToInitiative").GetString());
    }

    [Fact]
    public async Task Initiatives_ListAndDetail_ReturnDeclaredInitiatives()
    {
        using var list = await GetJsonAsync("/api/initiatives");
        var id = list.RootElement[0].GetProperty("id").GetString();
        using var detail = await GetJsonAsync($"/api/initiatives/{id}");
        Assert.Equal(id, detail.RootElement.GetProperty("initiative").GetProperty("id").GetString());
        Assert.True(detail.RootElement.GetProperty("months").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Outcomes_AllPages_CoverTotalWithoutPersonData()
    {
        using var first = await GetJsonAsync("/api/outcomes?page=1&pageSize=2");
        var total = first.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 0);
        var seen = new HashSet<long>();
        for (var page = 1; page <= (total + 1) / 2; page++)
        {
            var response = await ledger.Client.GetStringAsync($"/api/outcomes?page={page}&pageSize=2");
            Assert.DoesNotContain("recordedBy", response, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("reviewedBy", response, StringComparison.OrdinalIgnoreCase);
            using var json = JsonDocument.Parse(response);
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
            {
                Assert.True(seen.Add(item.GetProperty("id").GetInt64()));
            }
        }

        Assert.Equal(total, seen.Count);
        using var beyond = await GetJsonAsync($"/api/outcomes?page={total + 1}&pageSize=2");
        Assert.Equal(0, beyond.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ParallelRequests_SameLedger_AllSucceed()
    {
        // A dashboard page fires several requests at once; each opens the ledger for its own use.
        var urls = Enumerable.Range(0, 12).Select(i => (i % 4) switch { 0 => "/api/scoreboard", 1 => "/api/showback", 2 => "/api/spend?by=month", _ => "/api/outcomes" });
        var responses = await Task.WhenAll(urls.Select(u => ledger.Client.GetAsync(u)));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private static void AssertSameMoney(JsonElement expected, JsonElement actual)
    {
        Assert.Equal(expected.GetArrayLength(), actual.GetArrayLength());
        foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
        {
            foreach (var name in new[] { "currency", "grossInScope", "attributedGross", "netCost", "valueRealised", "netValue" })
            {
                Assert.Equal(e.GetProperty(name).GetString(), a.GetProperty(name).GetString());
            }

            foreach (var name in new[] { "coverage", "coverageChangePoints", "costPerOutcomeChange", "roi" })
            {
                Assert.Equal(Ratio(e.GetProperty(name)), Ratio(a.GetProperty(name)));
            }
        }
    }

    private static string Compact(JsonElement value) => System.Text.Json.Nodes.JsonNode.Parse(value.GetRawText())!.ToJsonString();

    private static decimal? Ratio(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await ledger.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
