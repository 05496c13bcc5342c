using System.Globalization;
using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests.People;

/// <summary>The adoption page in a real browser: members equal the API's, the small team "below threshold", the month picker.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class AdoptionBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task AdoptionPage_Cfo_MembersEqualApiAndSmallTeamBelowThreshold()
    {
        using var api = await ApiJsonAsync("/api/people/adoption");
        var teams = api.RootElement.GetProperty("teams").EnumerateArray().ToList();
        var shown = teams.First(t => t.GetProperty("members").GetProperty("state").GetString() == "value");
        var members = shown.GetProperty("members").GetProperty("count").GetInt32();
        var organisation = api.RootElement.GetProperty("organisation").GetProperty("members");

        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/adoption");
        var row = session.Page.Locator($"tr[data-team='{shown.GetProperty("team").GetString()}']");
        var small = session.Page.Locator("tr[data-team='legal-ops']");

        Assert.True(members >= 5);
        await Assertions.Expect(row.Locator("td[data-people-count]").First).ToHaveTextAsync(members.ToString("#,##0", CultureInfo.InvariantCulture));
        await Assertions.Expect(small.Locator("td[data-people-count]").First).ToHaveTextAsync("below threshold");
        Assert.Equal(10, await small.Locator("td[data-people-count='suppressed']").CountAsync());
        await Assertions.Expect(session.Page.Locator("tr[data-team='organisation'] td[data-people-count]").First)
            .ToHaveTextAsync(organisation.GetProperty("count").GetInt32().ToString("#,##0", CultureInfo.InvariantCulture));
        await Assertions.Expect(session.Page.Locator("#people-legend")).ToContainTextAsync("fewer than 5 people");
        Assert.Equal(teams.Count, await session.Page.Locator("table.adoption-teams tbody tr").CountAsync());
        Assert.True(await session.Page.Locator("figure.chart svg").CountAsync() >= 2);
        await session.ScreenshotAsync("people-adoption");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task AdoptionPage_MonthPicked_ShowsThatMonthAsTheApi()
    {
        using var latest = await ApiJsonAsync("/api/people/adoption");
        var month = DateOnly.Parse(latest.RootElement.GetProperty("month").GetString()!, CultureInfo.InvariantCulture).AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        using var api = await ApiJsonAsync($"/api/people/adoption?month={month}");
        var organisation = api.RootElement.GetProperty("organisation").GetProperty("members");

        await using var session = await fixture.OpenAsync("auditor");
        await session.GotoOkAsync("/adoption");
        await session.Page.GetByLabel("Month", new() { Exact = true }).FillAsync(month);
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("month=" + month, StringComparison.Ordinal));

        await Assertions.Expect(session.Page.Locator("table.adoption-teams caption")).ToContainTextAsync(month);
        var expected = organisation.GetProperty("state").GetString() == "value"
            ? organisation.GetProperty("count").GetInt32().ToString("#,##0", CultureInfo.InvariantCulture)
            : organisation.GetProperty("state").GetString()!.Replace('-', ' ');
        await Assertions.Expect(session.Page.Locator("tr[data-team='organisation'] td[data-people-count]").First).ToHaveTextAsync(expected);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task AdoptionPage_HeadOfSupport_OwnTeamsOnlyNoOrganisation()
    {
        await using var session = await fixture.OpenAsync("head-of-support");
        await session.GotoOkAsync("/adoption");
        var units = await session.Page.Locator("table.adoption-teams tbody tr td:nth-child(2)").AllInnerTextsAsync();

        Assert.NotEmpty(units);
        Assert.All(units, u => Assert.Equal("Customer Support", u));
        Assert.Equal(0, await session.Page.Locator("tr[data-team='organisation']").CountAsync());
        Assert.Equal(0, await session.Page.Locator("#funnel").CountAsync());
        await session.ScreenshotAsync("people-adoption-bu-owner");
        session.AssertNoConsoleErrors();
    }

    private async Task<JsonDocument> ApiJsonAsync(string url)
    {
        using var client = fixture.ApiClient();
        return JsonDocument.Parse(await client.GetStringAsync(url));
    }
}
