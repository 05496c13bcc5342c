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
    public async Task Behaviour_SameMonths_EqualsTheCliJson()
    {
        using var api = JsonDocument.Parse(await ledger.ClientFor("admin").GetStringAsync(new Uri("/api/people/behaviour?initiative=support-copilot", UriKind.Relative)));
        var from = api.RootElement.GetProperty("from").GetString()!;
        var to = api.RootElement.GetProperty("to").GetString()!;
        var last = DateOnly.ParseExact(to + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).AddMonths(-1).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var months = api.RootElement.GetProperty("initiatives")[0].GetProperty("months").GetArrayLength();
        var cli = await DemoLedgerFixture.CliAsync(
            "behaviour", "--db", ledger.Db, "--org", ledger.Org, "--month", last, "--months", months.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--initiative", "support-copilot", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        Assert.Equal(from, expected.RootElement.GetProperty("from").GetString());
        Assert.Equal(to, expected.RootElement.GetProperty("to").GetString());
        var a = api.RootElement.GetProperty("initiatives")[0];
        var c = expected.RootElement.GetProperty("initiatives")[0];
        Assert.Equal(c.GetProperty("validatedValue").GetString(), a.GetProperty("validatedValue").GetString());
        Assert.Equal(c.GetProperty("allocatedCost").GetString(), a.GetProperty("allocatedCost").GetString());
        Assert.Equal(c.GetProperty("reviewBurden").GetString(), a.GetProperty("reviewBurden").GetString());
        Assert.Equal(JsonSerializer.Serialize(c.GetProperty("months")), JsonSerializer.Serialize(a.GetProperty("months")));
        Assert.Equal(
            c.GetProperty("capacityTotal").GetProperty("hoursSaved").GetRawText(), a.GetProperty("capacityTotal").GetProperty("hoursSaved").GetRawText());
        Assert.Contains(a.GetProperty("months").EnumerateArray(), m => m.GetProperty("overrideRatePercent").GetProperty("state").GetString() == "value");
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
