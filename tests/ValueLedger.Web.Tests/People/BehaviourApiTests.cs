using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests.People;

/// <summary>The behaviour API's refusals: bad months name the parameter, an initiative outside the caller's units is 404 like an unknown one.</summary>
public sealed class BehaviourApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Theory]
    [InlineData("from=2026-13", "from")]
    [InlineData("to=26-01", "to")]
    [InlineData("from=2026-06&to=2026-06", "from")]
    [InlineData("from=2020-01&to=2026-01", "to")]
    public async Task Behaviour_BadRange_400NamingTheParameter(string query, string parameter)
    {
        using var response = await ledger.ClientFor("admin").GetAsync(new Uri("/api/people/behaviour?" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, json.RootElement.GetProperty("parameter").GetString());
    }

    [Theory]
    [InlineData("sales-email-drafts")]
    [InlineData("no-such-initiative")]
    public async Task Behaviour_InitiativeOutsideUnitsOrUnknown_SameNotFound(string initiative)
    {
        using var response = await ledger.ClientFor("head-of-support").GetAsync(new Uri("/api/people/behaviour?initiative=" + initiative, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Sales e-mail drafts", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehaviourPage_InitiativeOutsideUnits_404()
    {
        using var response = await ledger.ClientFor("head-of-support").GetAsync(new Uri("/behaviour/sales-email-drafts", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Capacity_Redirects_ToTheBehaviourSection()
    {
        using var response = await ledger.ClientFor("admin").GetAsync(new Uri("/capacity?from=2026-01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/behaviour?from=2026-01#capacity", response.Headers.Location!.OriginalString);
    }
}
