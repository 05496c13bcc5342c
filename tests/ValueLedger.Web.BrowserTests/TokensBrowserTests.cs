using System.Net;
using System.Net.Http.Headers;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>An admin creates an API token in the browser, copies its secret, which works, and revokes it.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class TokensBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Tokens_AdminCreatesUsesAndRevokes()
    {
        await using var session = await fixture.OpenAsync("admin");
        await session.GotoOkAsync("/tokens");
        await session.Page.GetByLabel("Acts as").SelectOptionAsync("otel-collector");
        await session.Page.GetByLabel("Label").FillAsync("browser test collector");
        await session.Page.GetByRole(AriaRole.Button, new() { Name = "Create token" }).ClickAsync();
        var secret = await session.Page.GetByRole(AriaRole.Textbox, new() { Name = "Secret", Exact = true }).InputValueAsync();
        Assert.StartsWith("vl_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, session.Page.Url, StringComparison.Ordinal);
        await session.ScreenshotAsync("tokens-created");

        using var collector = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        collector.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        using (var json = new StringContent("{\"resourceSpans\":[]}", System.Text.Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.OK, (await collector.PostAsync(new Uri("/v1/traces", UriKind.Relative), json)).StatusCode);
        }

        var id = secret.Split('_')[1];
        await session.Page.GetByRole(AriaRole.Button, new() { Name = $"Revoke token {id}" }).ClickAsync();
        await Assertions.Expect(session.Page.GetByRole(AriaRole.Status)).ToContainTextAsync($"token {id} revoked");
        await Assertions.Expect(session.Page.Locator($"tr[data-token='{id}'] td").Nth(5)).ToHaveTextAsync("revoked");
        using (var json = new StringContent("{\"resourceSpans\":[]}", System.Text.Encoding.UTF8, "application/json"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await collector.PostAsync(new Uri("/v1/traces", UriKind.Relative), json)).StatusCode);
        }

        session.AssertNoConsoleErrors();
    }
}
