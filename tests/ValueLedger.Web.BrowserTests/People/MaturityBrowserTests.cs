using System.Text.Json;

namespace ValueLedger.Web.BrowserTests.People;

/// <summary>The maturity page in a real browser: one row per capability with the API's level and evidence.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MaturityBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task MaturityPage_Auditor_LevelsAndEvidenceEqualApi()
    {
        using var client = fixture.ApiClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/people/maturity"));
        var capabilities = api.RootElement.GetProperty("capabilities").EnumerateArray().ToList();

        await using var session = await fixture.OpenAsync("auditor");
        await session.GotoOkAsync("/maturity");

        Assert.NotEmpty(capabilities);
        Assert.Equal(capabilities.Count, await session.Page.Locator("table.maturity-capabilities tbody tr").CountAsync());
        foreach (var capability in capabilities)
        {
            var row = session.Page.Locator($"tr[data-capability='{capability.GetProperty("capability").GetString()}']");
            Assert.Equal(capability.GetProperty("level").GetString()!.Replace('-', ' '), await row.Locator(".maturity-level").InnerTextAsync(), ignoreCase: true);
            Assert.Equal(capability.GetProperty("evidence").GetString(), await row.Locator("td").Nth(1).InnerTextAsync());
        }

        await session.ScreenshotAsync("people-maturity");
        session.AssertNoConsoleErrors();
    }
}
