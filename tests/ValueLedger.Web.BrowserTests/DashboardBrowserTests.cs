using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>The overview, spend explorer, showback and reconciliation pages in a real browser, their figures checked against the API.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class DashboardBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Overview_Cfo_HeadlineEqualsScoreboardApi()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/");
        using var scoreboard = await ApiJsonAsync("/api/scoreboard");
        var overall = scoreboard.RootElement.GetProperty("overall").GetProperty("money")[0];
        var currency = overall.GetProperty("currency").GetString();

        var cards = session.Page.Locator($".cards[data-currency='{currency}']");
        await Assertions.Expect(cards.Locator("[data-figure='net-value']")).ToHaveTextAsync($"{overall.GetProperty("netValue").GetString()} {currency}");
        await Assertions.Expect(cards.Locator("[data-figure='value-realised']")).ToHaveTextAsync($"{overall.GetProperty("valueRealised").GetString()} {currency}");
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Heading, new() { Name = "Activity (not scored)" })).ToBeVisibleAsync();
        Assert.True(await session.Page.Locator("figure.chart svg").CountAsync() >= 2);
        await session.ScreenshotAsync("overview");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Overview_HeadOfSupport_ShowsNoOtherBusinessUnitName()
    {
        using var showback = await ApiJsonAsync("/api/showback");
        var others = showback.RootElement.GetProperty("statements").EnumerateArray()
            .Where(s => s.GetProperty("bu").GetString() != "customer-support").Select(s => s.GetProperty("name").GetString()!).ToList();
        await using var session = await fixture.OpenAsync("head-of-support");
        await session.GotoOkAsync("/");
        var main = await session.Page.Locator("main").InnerTextAsync();

        Assert.Contains("Customer Support", main, StringComparison.Ordinal);
        Assert.NotEmpty(others);
        Assert.All(others, name => Assert.DoesNotContain(name, main, StringComparison.Ordinal));
        await session.ScreenshotAsync("overview-bu-owner");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task SpendExplorer_GroupingChosenInForm_TotalEqualsApi()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/spend");
        await session.Page.GetByLabel("Group 1").SelectOptionAsync("model");
        await session.Page.GetByLabel("Group 2").SelectOptionAsync("month");
        await session.Page.GetByLabel("From (UTC, included)").FillAsync("2026-01-01");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("g1=model", StringComparison.Ordinal) && url.Contains("g2=month", StringComparison.Ordinal));

        using var api = await ApiJsonAsync("/api/spend?by=model,month&from=2026-01-01");
        var total = api.RootElement.GetProperty("totals")[0];
        var row = session.Page.Locator($"table.totals tr[data-currency='{total.GetProperty("currency").GetString()}']");
        await Assertions.Expect(row.Locator("[data-figure='total-cost']")).ToHaveTextAsync(total.GetProperty("cost").GetString()!);
        Assert.Equal(api.RootElement.GetProperty("rows").GetArrayLength(), Math.Min(500, await session.Page.Locator("table.spend tbody tr").CountAsync()));
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Link, new() { Name = "CSV" })).ToHaveAttributeAsync("href", "/api/spend?by=model%2Cmonth&from=2026-01-01&scope=ai&format=csv");
        await session.ScreenshotAsync("spend-explorer");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Showback_PrintView_BannerPerStatementAndTotalEqualsApi()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/showback");
        using var api = await ApiJsonAsync("/api/showback");
        var statement = api.RootElement.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("bu").GetString() == "finance");
        var total = statement.GetProperty("totals")[0];

        await session.Page.EmulateMediaAsync(new() { Media = Media.Print });
        var section = session.Page.Locator("section.statement[data-bu='finance']");
        await Assertions.Expect(section.Locator(".banner")).ToHaveTextAsync("BILLABLE — chargeback");
        await Assertions.Expect(section.Locator($"tr[data-currency='{total.GetProperty("currency").GetString()}'] [data-figure='net']")).ToHaveTextAsync(total.GetProperty("amount").GetString()!);
        await Assertions.Expect(session.Page.Locator("header.top")).ToBeHiddenAsync();
        await Assertions.Expect(session.Page.Locator("form.filters")).ToBeHiddenAsync();
        Assert.Equal(api.RootElement.GetProperty("statements").GetArrayLength(), await session.Page.Locator("section.statement .banner").CountAsync());
        var breaks = await session.Page.Locator("section.statement + section.statement").First.EvaluateAsync<string>("e => getComputedStyle(e).breakBefore");
        Assert.Equal("page", breaks);
        await session.ScreenshotAsync("showback-print");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Reconciliation_Cfo_FlaggedAndCostOfRecordEqualApi()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/reconciliation");
        using var api = await ApiJsonAsync("/api/reconciliation");

        await Assertions.Expect(session.Page.Locator("[data-figure='flagged']")).ToHaveTextAsync(api.RootElement.GetProperty("flagged").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        var summary = api.RootElement.GetProperty("summary")[0];
        await Assertions.Expect(session.Page.Locator($"table.reconciliation-summary tr[data-currency='{summary.GetProperty("currency").GetString()}'] [data-figure='cost-of-record']"))
            .ToHaveTextAsync(summary.GetProperty("costOfRecord").GetString()!);
        Assert.Equal(api.RootElement.GetProperty("rows").GetArrayLength(), await session.Page.Locator("table.reconciliation tbody tr").CountAsync());
        await session.ScreenshotAsync("reconciliation");
        session.AssertNoConsoleErrors();
    }

    private async Task<JsonDocument> ApiJsonAsync(string url)
    {
        using var client = fixture.ApiClient();
        return JsonDocument.Parse(await client.GetStringAsync(url));
    }
}
