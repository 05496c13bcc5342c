using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests.People;

/// <summary>
/// The registers in a real browser: finance edits a resistance entry's status and the API shows it; a bu-owner sees the map,
/// their own unit's roles only, no forms and no all-unit totals.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class RegistersBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Registers_CfoEditsResistanceStatus_PageAndApiShowIt()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/registers");
        await Assertions.Expect(session.Page.Locator("table.roles tbody tr[data-role]")).Not.ToHaveCountAsync(0);
        await BehaviourBrowserTests.AssertPeopleCellsAsync(session, 5);
        await session.ScreenshotAsync("registers");
        await session.Page.GetByRole(AriaRole.Link, new() { Name = "resistance and enabler map" }).ClickAsync();
        await Assertions.Expect(session.Page.Locator("table.resistances tbody tr[data-resistance]")).Not.ToHaveCountAsync(0);
        await session.ScreenshotAsync("registers-resistances");

        var edit = session.Page.Locator("form[action='/registers/resistances/bu-disown-spend']");
        await session.Page.Locator("details", new() { Has = edit }).Locator("summary").ClickAsync();
        await edit.Locator("select[name=status]").SelectOptionAsync("addressed");
        await edit.Locator("input[name=owner]").FillAsync("Head of FinOps");
        await edit.GetByRole(AriaRole.Button).ClickAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("notice=", StringComparison.Ordinal));
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("resistance 'bu-disown-spend' saved");
        await Assertions.Expect(session.Page.Locator("tr[data-resistance=bu-disown-spend] td[data-status]")).ToHaveTextAsync("addressed");

        using var api = fixture.ApiClient();
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/registers/resistances/bu-disown-spend"));
        Assert.Equal("addressed", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("Head of FinOps", json.RootElement.GetProperty("owner").GetString());
        Assert.False(json.RootElement.GetProperty("builtIn").GetBoolean());
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Registers_BuOwner_OwnRolesNoFormsNoTotals()
    {
        using var api = fixture.ApiClient();
        using var roles = JsonDocument.Parse(await api.GetStringAsync("/api/registers/roles"));
        var own = roles.RootElement.GetProperty("roles").EnumerateArray().Count(r => r.GetProperty("businessUnit").GetString() == "customer-support");

        await using var owner = await fixture.OpenAsync("head-of-support");
        await owner.GotoOkAsync("/registers");
        await Assertions.Expect(owner.Page.Locator("table.roles tbody tr[data-role]")).ToHaveCountAsync(own);
        await Assertions.Expect(owner.Page.Locator("table.role-kinds tbody tr[data-unit]")).ToHaveCountAsync(1);
        await Assertions.Expect(owner.Page.Locator("table.role-kinds tfoot")).ToHaveCountAsync(0);
        await Assertions.Expect(owner.Page.Locator("form[action^='/registers']")).ToHaveCountAsync(0);
        await owner.ScreenshotAsync("registers-bu-owner");
        await owner.GotoOkAsync("/registers/resistances");
        await Assertions.Expect(owner.Page.Locator("table.resistances tbody tr[data-resistance]")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(owner.Page.Locator("form[action^='/registers']")).ToHaveCountAsync(0);
        owner.AssertNoConsoleErrors();
    }
}
