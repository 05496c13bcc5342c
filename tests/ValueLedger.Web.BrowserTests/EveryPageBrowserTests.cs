using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests;

/// <summary>
/// Every page in the navigation, for every kind of user: it answers 200, logs no console error, has one h1, and
/// every visible form control and chart is labelled for assistive technology.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class EveryPageBrowserTests(BrowserFixture fixture)
{
    // Unlabelled visible controls and SVG charts without an accessible name, as "tag#id name" strings.
    private const string UnlabelledScript = """
        () => {
          const controls = [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]
            .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !e.getAttribute('aria-labelledby'))
            .map(e => `${e.tagName.toLowerCase()}#${e.id} ${e.name}`);
          const charts = [...document.querySelectorAll('svg[role=img]')]
            .filter(s => !s.getAttribute('aria-labelledby') && !s.getAttribute('aria-label'))
            .map(() => 'svg chart');
          return controls.concat(charts);
        }
        """;

    [BrowserTheory]
    [InlineData("admin")]
    [InlineData("cfo")]
    [InlineData("head-of-support")]
    [InlineData("auditor")]
    public async Task EveryNavPage_EachRole_OpensLabelledWithoutConsoleErrors(string actor)
    {
        await using var session = await fixture.OpenAsync(actor);
        await session.GotoOkAsync("/");
        var links = await session.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link).AllAsync();
        var hrefs = new List<string>();
        foreach (var link in links)
        {
            hrefs.Add((await link.GetAttributeAsync("href"))!);
        }

        Assert.Contains("/initiatives", hrefs);
        foreach (var href in hrefs)
        {
            await session.GotoOkAsync(href);
            Assert.Equal(1, await session.Page.Locator("h1").CountAsync());
            var unlabelled = await session.Page.EvaluateAsync<string[]>(UnlabelledScript);
            Assert.True(unlabelled.Length == 0, $"{href} as {actor}: unlabelled {string.Join(", ", unlabelled)}");
            Assert.Equal("en", await session.Page.Locator("html").GetAttributeAsync("lang"));
        }

        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task Keyboard_SkipLinkIsFirstAndMovesToMain()
    {
        await using var session = await fixture.OpenAsync("auditor");
        await session.GotoOkAsync("/initiatives");
        await session.Page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await session.Page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await session.Page.Keyboard.PressAsync("Enter");
        Assert.EndsWith("#main", session.Page.Url, StringComparison.Ordinal);
        session.AssertNoConsoleErrors();
    }
}
