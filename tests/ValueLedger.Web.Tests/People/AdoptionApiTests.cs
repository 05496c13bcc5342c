using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests.People;

/// <summary>The adoption API, CSV and page over the demo ledger: teams, never persons, scoped per business unit.</summary>
public sealed class AdoptionApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    private const string Owner = "head-of-support";

    [Fact]
    public async Task AdoptionApi_Admin_EveryTeamAndTheOrganisation()
    {
        using var json = JsonDocument.Parse(await ledger.Client.GetStringAsync(new Uri("/api/people/adoption", UriKind.Relative)));
        var root = json.RootElement;
        var teams = root.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("team").GetString()).ToList();

        Assert.Equal(ledger.App.Services.GetLedger().Organisation.Teams.Select(t => t.Id), teams);
        Assert.Equal(5, root.GetProperty("k").GetInt32());
        Assert.Equal(8, root.GetProperty("rungs").GetArrayLength());
        Assert.Equal("organisation", root.GetProperty("organisation").GetProperty("team").GetString());
        Assert.Equal(7, root.GetProperty("funnel").GetArrayLength());
        Assert.All(root.GetProperty("teams").EnumerateArray(), t => Assert.Equal(8, t.GetProperty("atRung").GetArrayLength()));
    }

    [Fact]
    public async Task AdoptionApi_BuOwner_OwnTeamsOnlyAndNoOrganisationFigures()
    {
        using var client = ledger.ClientFor(Owner);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/people/adoption", UriKind.Relative)));
        var root = json.RootElement;

        Assert.Equal(["customer-support"], root.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("businessUnit").GetString()).Distinct());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("organisation").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("funnel").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("trend").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("quality").ValueKind);
    }

    [Fact]
    public async Task AdoptionApi_BuOwnerOtherUnit_404ExactlyLikeAnUnknownUnit()
    {
        using var client = ledger.ClientFor(Owner);
        using var other = await client.GetAsync(new Uri("/api/people/adoption?bu=sales", UriKind.Relative));
        using var unknown = await client.GetAsync(new Uri("/api/people/adoption?bu=no-such-unit", UriKind.Relative));
        using var own = await client.GetAsync(new Uri("/api/people/adoption?bu=customer-support", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        using var a = JsonDocument.Parse(await other.Content.ReadAsStringAsync());
        using var b = JsonDocument.Parse(await unknown.Content.ReadAsStringAsync());
        Assert.Equal(a.RootElement.GetProperty("title").GetString(), b.RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task AdoptionApi_BadMonth_400NamingTheParameter()
    {
        using var response = await ledger.Client.GetAsync(new Uri("/api/people/adoption?month=2026-13", UriKind.Relative));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("month", json.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task AdoptionCsv_Admin_HeaderThenOneRowPerTeamThenOrganisation()
    {
        using var response = await ledger.Client.GetAsync(new Uri("/api/people/adoption/csv", UriKind.Relative));
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("team,name,business_unit,members,at_none,at_access,", lines[0], StringComparison.Ordinal);
        Assert.Equal(ledger.App.Services.GetLedger().Organisation.Teams.Count + 2, lines.Length);
        Assert.StartsWith("organisation,", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdoptionPage_BuOwner_OwnTeamsOnlyAndOtherUnit404()
    {
        using var client = ledger.ClientFor(Owner);
        var page = await client.GetStringAsync(new Uri("/adoption", UriKind.Relative));
        using var other = await client.GetAsync(new Uri("/adoption?bu=sales", UriKind.Relative));

        Assert.Contains("data-team=\"support-emea\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Sales EMEA", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-team=\"organisation\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.DoesNotContain("Sales", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MaturityApi_BuOwner_Forbidden()
    {
        using var client = ledger.ClientFor(Owner);
        using var response = await client.GetAsync(new Uri("/api/people/maturity", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
