using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>Logging in and out in a real browser; what each role sees in the navigation.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class LoginBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Overview_NotLoggedIn_RedirectsToLoginThenBack()
    {
        await using var session = await fixture.OpenAsync(null);
        await session.Page.GotoAsync("/?from=test");
        Assert.Contains("/login", session.Page.Url, StringComparison.Ordinal);
        await session.ScreenshotAsync("login");
        await session.LoginAsync("auditor", BrowserFixture.Password);
        Assert.EndsWith("/?from=test", session.Page.Url, StringComparison.Ordinal);
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Login_WrongPassword_SaysSoAndStaysOut()
    {
        await using var session = await fixture.OpenAsync(null);
        await session.Page.GotoAsync("/login");
        await session.Page.GetByLabel("User name").FillAsync("admin");
        await session.Page.GetByLabel("Password").FillAsync("not-the-password");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wrong user name or password");
        var response = await session.Page.GotoAsync("/");
        Assert.Contains("/login", session.Page.Url, StringComparison.Ordinal);
        Assert.True(response!.Ok);
    }

    [BrowserFact]
    public async Task Navigation_BuOwner_HidesLedgerWidePages()
    {
        await using var session = await fixture.OpenAsync("head-of-support");
        await session.GotoOkAsync("/");
        var nav = session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" });
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Initiatives" })).ToBeVisibleAsync();
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).CountAsync());
        Assert.Equal(0, await nav.GetByRole(AriaRole.Link, new() { Name = "Reconciliation" }).CountAsync());
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Logout_EndsTheSession()
    {
        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await session.Page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await session.Page.GotoAsync("/");
        Assert.Contains("/login", session.Page.Url, StringComparison.Ordinal);
        session.AssertNoConsoleErrors();
    }
}
