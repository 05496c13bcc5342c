using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>
/// <c>/api/allocate</c>, <c>/api/unallocated</c> and <c>/api/explain</c> against the CLI's JSON on the same ledger, and
/// their scoping: a bu-owner explains only their own unit (any other id is "not found"), line explain and unallocated
/// are ledger-wide, allocation needs the import role.
/// </summary>
public sealed class AllocationApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task Unallocated_AllTime_EqualsCliJson()
    {
        var cli = await DemoLedgerFixture.CliAsync("unallocated", "--db", ledger.Db, "--top", "5", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync("/api/unallocated?top=5");

        static string Totals(JsonElement root) => string.Join("\n", root.GetProperty("totals").EnumerateArray()
            .Select(t => $"{t.GetProperty("currency").GetString()} {t.GetProperty("gross").GetString()} {t.GetProperty("net").GetString()} {t.GetProperty("lines").GetInt64()}"));
        static string Rows(JsonElement root) => string.Join("\n", root.GetProperty("rows").EnumerateArray()
            .Select(r => $"{r.GetProperty("key").GetString()} {r.GetProperty("value").GetString()} {r.GetProperty("gross").GetString()} {r.GetProperty("largestLine").GetString()}"));
        Assert.NotEmpty(actual.RootElement.GetProperty("totals").EnumerateArray());
        Assert.Equal(Totals(expected.RootElement), Totals(actual.RootElement));
        Assert.Equal(Rows(expected.RootElement), Rows(actual.RootElement));
    }

    [Fact]
    public async Task ExplainLine_LargestUnitLine_EqualsCliJson()
    {
        using var bu = await GetJsonAsync("/api/explain/bu/customer-support?top=1");
        var lineId = bu.RootElement.GetProperty("topLines")[0].GetProperty("lineId").GetString()!;
        var cli = await DemoLedgerFixture.CliAsync("explain", lineId, "--db", ledger.Db, "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = await GetJsonAsync($"/api/explain/line/{lineId}");

        Assert.Equal(lineId, actual.RootElement.GetProperty("lineId").GetString());
        Assert.Equal(expected.RootElement.GetProperty("line").GetProperty("cost").GetString(), actual.RootElement.GetProperty("line").GetProperty("cost").GetString());
        static string Shares(JsonElement root) => string.Join("\n", root.GetProperty("shares").EnumerateArray()
            .Select(s => $"{s.GetProperty("bu")} {s.GetProperty("initiative")} {s.GetProperty("amount").GetString()} {s.GetProperty("method").GetString()} {s.GetProperty("explanation").GetString()}"));
        Assert.NotEmpty(actual.RootElement.GetProperty("shares").EnumerateArray());
        Assert.Equal(Shares(expected.RootElement), Shares(actual.RootElement));
    }

    [Fact]
    public async Task ExplainBu_BuOwner_OwnUnitOnlyOthersLookUnknown()
    {
        using var owner = ledger.ClientFor("head-of-support");
        using var own = await owner.GetAsync("/api/explain/bu/customer-support");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var other = await owner.GetAsync("/api/explain/bu/finance");
        using var unknown = await owner.GetAsync("/api/explain/bu/no-such-unit");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(
            (await unknown.Content.ReadAsStringAsync()).Replace("no-such-unit", "X", StringComparison.Ordinal).Split("\"traceId\"")[0],
            (await other.Content.ReadAsStringAsync()).Replace("finance", "X", StringComparison.Ordinal).Split("\"traceId\"")[0]);

        using var line = await owner.GetAsync("/api/explain/line/1:1");
        using var unallocated = await owner.GetAsync("/api/unallocated");
        Assert.Equal(HttpStatusCode.Forbidden, line.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, unallocated.StatusCode);
    }

    [Fact]
    public async Task Allocate_Month_CoverageEqualsCoverageApi()
    {
        using var months = await GetJsonAsync("/api/coverage?by=month");
        var month = months.RootElement.GetProperty("rows")[0].GetProperty("month").GetString()!;
        var first = DateTime.ParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture);
        var next = first.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        using var cfo = ledger.ClientFor("cfo");
        using var response = await cfo.PostAsJsonAsync("/api/allocate", new { from = month, to = next });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var run = JsonDocument.Parse(body);
        Assert.Equal($"{month}-01", run.RootElement.GetProperty("from").GetString());
        Assert.True(run.RootElement.GetProperty("linesConsidered").GetInt64() > 0);

        using var coverage = await GetJsonAsync($"/api/coverage?from={month}-01&to={next}-01");
        var expected = coverage.RootElement.GetProperty("overall")[0];
        var actual = run.RootElement.GetProperty("coverage").EnumerateArray().Single(c => c.GetProperty("currency").GetString() == expected.GetProperty("currency").GetString());
        Assert.Equal(expected.GetProperty("grossInScope").GetString(), actual.GetProperty("grossInScope").GetString());
        Assert.Equal(expected.GetProperty("grossAllocatedToInitiative").GetString(), actual.GetProperty("grossAllocatedToInitiative").GetString());

        var audit = await DemoLedgerFixture.CliAsync("audit", "--db", ledger.Db, "--format", "json");
        Assert.Contains("allocation.run", audit.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_NoBody_AllocatesTheWholeLedger()
    {
        using var response = await ledger.Client.PostAsync("/api/allocate", content: null);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var run = JsonDocument.Parse(body);
        using var coverage = await GetJsonAsync("/api/coverage");
        Assert.Equal(
            coverage.RootElement.GetProperty("overall")[0].GetProperty("grossInScope").GetString(),
            run.RootElement.GetProperty("coverage")[0].GetProperty("grossInScope").GetString());
    }

    [Theory]
    [InlineData("auditor", HttpStatusCode.Forbidden)]
    [InlineData("head-of-support", HttpStatusCode.Forbidden)]
    public async Task Allocate_WithoutImportRole_IsForbidden(string actor, HttpStatusCode status)
    {
        using var client = ledger.ClientFor(actor);
        using var response = await client.PostAsJsonAsync("/api/allocate", new { });
        Assert.Equal(status, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/unallocated?month=2025-13", "month")]
    [InlineData("/api/unallocated?top=0", "top")]
    [InlineData("/api/explain/line/abc", "lineId")]
    [InlineData("/api/explain/bu/customer-support?month=May", "month")]
    public async Task BadParameter_Get_Returns400NamingIt(string url, string parameter)
    {
        using var response = await ledger.Client.GetAsync(url);
        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Allocate_BadMonth_Returns400()
    {
        using var response = await ledger.Client.PostAsJsonAsync("/api/allocate", new { from = "2025-1" });
        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("from", problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task ExplainLine_Unknown_Returns404()
    {
        using var response = await ledger.Client.GetAsync("/api/explain/line/999999:1");
        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        using var response = await ledger.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body);
    }
}
