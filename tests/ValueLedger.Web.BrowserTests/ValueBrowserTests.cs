using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>
/// The value pages in a real browser: finance validates a claim in the review queue; an initiative's J-curve chart and figures agree
/// with the API; the initiatives list is scoped; the audit log shows the newest entry first. Screenshots of each page.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ValueBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Outcomes_CfoValidatesClaim_NoticeStatusAndApiAgree()
    {
        using var api = fixture.ApiClient();
        // A claim of our own (admin may record for any initiative), so that no other test's figures are assumed.
        using var recorded = await api.PostAsJsonAsync("/api/outcomes", new { initiative = "invoice-extraction", periodStart = "2026-09-01", periodEnd = "2026-10-01", successful = 2, failed = 0 });
        Assert.True(recorded.IsSuccessStatusCode, await recorded.Content.ReadAsStringAsync());
        using var claim = JsonDocument.Parse(await recorded.Content.ReadAsStringAsync());
        var id = claim.RootElement.GetProperty("id").GetInt64();

        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/outcomes");
        var row = session.Page.Locator($"#outcome-{id}");
        await Assertions.Expect(row.Locator("td.status")).ToContainTextAsync("claimed");
        await session.ScreenshotAsync("outcomes");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Validate {id}", Exact = true }).ClickAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("notice=", StringComparison.Ordinal));
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync($"outcome {id} validated");
        await Assertions.Expect(session.Page.Locator($"#outcome-{id} td.status")).ToContainTextAsync("validated");

        using var outcomes = JsonDocument.Parse(await api.GetStringAsync("/api/outcomes?status=validated&initiative=invoice-extraction&pageSize=500"));
        var item = outcomes.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal("validated", item.GetProperty("status").GetString());
        Assert.Equal(item.GetProperty("value").GetString(), (await session.Page.Locator($"#outcome-{id} td.num").Nth(3).InnerTextAsync()).Split(' ')[0]);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task InitiativeDetail_JCurveChartAndMonthlyCost_EqualApi()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/initiatives/support-copilot");
        await Assertions.Expect(session.Page.Locator("#jcurve ~ figure.chart svg[role=img]")).ToHaveCountAsync(1);
        await Assertions.Expect(session.Page.Locator("figure.chart figcaption")).ToContainTextAsync("J-curve of support-copilot");

        using var api = fixture.ApiClient();
        using var detail = JsonDocument.Parse(await api.GetStringAsync("/api/initiatives/support-copilot"));
        var months = detail.RootElement.GetProperty("months").EnumerateArray().ToList();
        var rows = session.Page.Locator("table.trend tbody tr[data-month]");
        var count = await rows.CountAsync();
        Assert.True(count > 0, "the value-by-month table has rows");
        for (var i = 0; i < count; i++)
        {
            var month = await rows.Nth(i).GetAttributeAsync("data-month");
            var currency = await rows.Nth(i).GetAttributeAsync("data-currency");
            var expected = months.Single(m => m.GetProperty("month").GetString() == month && m.GetProperty("currency").GetString() == currency).GetProperty("cost").GetString();
            Assert.Equal(expected, await rows.Nth(i).Locator("td[data-cost]").InnerTextAsync());
        }

        using var jcurve = JsonDocument.Parse(await api.GetStringAsync("/api/initiatives/support-copilot/jcurve"));
        var latest = jcurve.RootElement.GetProperty("months").EnumerateArray().Last(m => m.GetProperty("actualCumulative").ValueKind == JsonValueKind.String);
        var cell = session.Page.Locator($"table.jcurve tr[data-month='{latest.GetProperty("month").GetString()}'] td[data-actual]");
        Assert.Equal(latest.GetProperty("actualCumulative").GetString(), await cell.InnerTextAsync());
        await session.ScreenshotAsync("initiative-detail");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Initiatives_BuOwnerAndFinance_SeeTheirScope()
    {
        await using var owner = await fixture.OpenAsync("head-of-support");
        await owner.GotoOkAsync("/initiatives");
        await Assertions.Expect(owner.Page.Locator("table.initiatives tbody tr[data-initiative]")).ToHaveCountAsync(1);
        await Assertions.Expect(owner.Page.Locator("tr[data-initiative=support-copilot]")).ToHaveCountAsync(1);
        await Assertions.Expect(owner.Page.GetByText("Sales e-mail drafts")).ToHaveCountAsync(0);
        owner.AssertNoConsoleErrors();

        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/initiatives");
        using var api = fixture.ApiClient();
        var all = await api.GetFromJsonAsync<JsonElement>("/api/initiatives");
        await Assertions.Expect(session.Page.Locator("table.initiatives tbody tr[data-initiative]")).ToHaveCountAsync(all.GetArrayLength());
        await session.ScreenshotAsync("initiatives");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Audit_Auditor_NewestEntryFirstAsApi()
    {
        await using var session = await fixture.OpenAsync("auditor");
        using var api = fixture.ApiClient();
        await session.GotoOkAsync("/audit");
        using var newest = JsonDocument.Parse(await api.GetStringAsync("/api/audit?pageSize=1"));
        var first = newest.RootElement.GetProperty("items")[0];
        var row = session.Page.Locator("table.audit tbody tr").First;
        Assert.Equal(first.GetProperty("seq").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), await row.GetAttributeAsync("data-seq"));
        await Assertions.Expect(row.Locator("td").Nth(3)).ToHaveTextAsync(first.GetProperty("action").GetString()!);
        await session.ScreenshotAsync("audit");
        session.AssertNoConsoleErrors();
    }
    [BrowserFact]
    public async Task InitiativeReadiness_AdminSetsByForm_NoticeAndTableShowIt()
    {
        await using var session = await fixture.OpenAsync("admin");
        await session.GotoOkAsync("/initiatives/agent-platform");
        await session.ScreenshotAsync("initiative-forms");
        await session.Page.GetByLabel("Control", new() { Exact = true }).SelectOptionAsync("usage-monitoring");
        await session.Page.GetByLabel("State", new() { Exact = true }).SelectOptionAsync("evidenced");
        await session.Page.GetByLabel("Evidence link (for evidenced)").FillAsync("https://wiki.example.com/agent-platform/monitoring");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Set readiness" }).ClickAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("notice=", StringComparison.Ordinal));
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("readiness usage-monitoring of agent-platform set to evidenced");
        var row = session.Page.Locator("tr[data-control=usage-monitoring]");
        await Assertions.Expect(row.Locator("td").Nth(1)).ToHaveTextAsync("evidenced");
        Assert.Equal("https://wiki.example.com/agent-platform/monitoring", await row.GetByRole(AriaRole.Link).GetAttributeAsync("href"));
        session.AssertNoConsoleErrors();
    }
}
