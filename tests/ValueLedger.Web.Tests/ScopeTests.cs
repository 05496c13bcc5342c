using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>What each role may read and do through the API; a bu-owner sees only their units, and other ids are "not found".</summary>
public sealed class ScopeTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    private const string Owner = "head-of-support";

    [Fact]
    public async Task Anonymous_ApiCall_Is401Problem()
    {
        using var client = ledger.ClientFor(null);
        using var response = await client.GetAsync("/api/scoreboard");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_Page_RedirectsToLogin()
    {
        using var client = ledger.ClientFor(null);
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuOwner_Scoreboard_OnlyOwnUnitAndNoOverallMoney()
    {
        using var client = ledger.ClientFor(Owner);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/scoreboard"));

        Assert.Equal(["customer-support"], json.RootElement.GetProperty("units").EnumerateArray().Select(u => u.GetProperty("bu").GetString()));
        Assert.Empty(json.RootElement.GetProperty("overall").GetProperty("money").EnumerateArray());
    }

    [Fact]
    public async Task BuOwner_Showback_OnlyOwnStatementAndOthersNotFound()
    {
        using var client = ledger.ClientFor(Owner);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/showback"));

        Assert.Equal(["customer-support"], json.RootElement.GetProperty("statements").EnumerateArray().Select(s => s.GetProperty("bu").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/showback?bu=sales")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/showback?bu=unallocated")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/showback?bu=customer-support")).StatusCode);
    }

    [Fact]
    public async Task BuOwner_Initiatives_OnlyOwnAndOthersNotFoundLikeUnknownIds()
    {
        using var client = ledger.ClientFor(Owner);
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/initiatives"));

        Assert.Equal(["support-copilot"], list.RootElement.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        using var other = await client.GetAsync("/api/initiatives/sales-email-drafts");
        using var unknown = await client.GetAsync("/api/initiatives/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var outcomes = JsonDocument.Parse(await client.GetStringAsync("/api/outcomes?pageSize=500"));
        Assert.All(outcomes.RootElement.GetProperty("items").EnumerateArray(), o => Assert.Equal("support-copilot", o.GetProperty("initiative").GetString()));
    }

    [Theory]
    [InlineData("/api/spend")]
    [InlineData("/api/coverage")]
    public async Task BuOwner_LedgerWideFigures_Forbidden(string path)
    {
        using var client = ledger.ClientFor(Owner);
        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_LedgerWideFigures_Allowed()
    {
        using var client = ledger.ClientFor("auditor");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/spend")).StatusCode);
    }

    [Fact]
    public async Task BusinessUnits_BuOwner_SeesOnlyOwn()
    {
        using var client = ledger.ClientFor(Owner);
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/business-units"));

        var unit = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("customer-support", unit.GetProperty("id").GetString());
        Assert.Equal("showback", unit.GetProperty("effectiveMode").GetString());
    }

    [Fact]
    public async Task Acknowledge_DeclaredOwner_RecordsAndAudits()
    {
        using var client = ledger.ClientFor("cfo");
        using var response = await client.PostAsJsonAsync("/api/business-units/finance/acknowledge", new { note = "web test" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("chargeback", json.RootElement.GetProperty("effectiveMode").GetString());
        var audit = await DemoLedgerFixture.CliAsync("audit", "--db", ledger.Db, "--subject", "bu:finance", "--format", "json");
        Assert.Contains("web test", audit.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledge_NotTheOwner_ForbiddenAndOtherUnitNotFound()
    {
        using var admin = ledger.ClientFor("admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.PostAsJsonAsync("/api/business-units/finance/acknowledge", new { })).StatusCode);
        using var owner = ledger.ClientFor(Owner);
        Assert.Equal(HttpStatusCode.NotFound, (await owner.PostAsJsonAsync("/api/business-units/sales/acknowledge", new { })).StatusCode);
    }
}
