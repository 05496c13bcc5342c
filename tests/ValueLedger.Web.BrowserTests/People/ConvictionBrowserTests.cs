using System.Text.Json;
using ValueLedger.Web.People;

namespace ValueLedger.Web.BrowserTests.People;

/// <summary>The conviction page in a real browser: each unit's distance and break equal the API's, a chart per unit.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class ConvictionBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task ConvictionPage_Cfo_DistanceAndBreakEqualApi()
    {
        using var client = fixture.ApiClient();
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/people/conviction"));
        var units = api.RootElement.GetProperty("units").EnumerateArray().ToList();

        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync("/conviction");

        Assert.Contains(units, u => u.GetProperty("orgUnit").GetString() == "organisation");
        Assert.Equal(units.Count, await session.Page.Locator("section.conviction-unit").CountAsync());
        foreach (var unit in units)
        {
            var section = session.Page.Locator($"section.conviction-unit[data-unit='{unit.GetProperty("orgUnit").GetString()}']");
            var distance = unit.GetProperty("distance");
            var text = distance.ValueKind == JsonValueKind.Number ? AdoptionFormat.Round(distance.GetDecimal()) + " points" : "n/a";
            Assert.Equal(text, await section.Locator("[data-figure='distance']").InnerTextAsync());
            if (unit.GetProperty("breaksAt").GetString() is { } breaks)
            {
                var level = Enum.GetValues<Core.People.Reports.ConvictionLevel>().Single(l => JsonNamingPolicy.KebabCaseLower.ConvertName(l.ToString()) == breaks);
                Assert.Equal(ConvictionView.Label(level), await section.Locator("[data-figure='breaks-at']").InnerTextAsync());
            }

            Assert.Equal(5, await section.Locator("table.conviction-levels tbody tr").CountAsync());
        }

        Assert.True(await session.Page.Locator("figure.chart svg").CountAsync() >= units.Count);
        await session.ScreenshotAsync("people-conviction");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task ConvictionPage_HeadOfSupport_OwnUnitOnly()
    {
        await using var session = await fixture.OpenAsync("head-of-support");
        await session.GotoOkAsync("/conviction");
        var units = await session.Page.Locator("section.conviction-unit").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.unit)");

        Assert.Equal(["customer-support"], units);
        session.AssertNoConsoleErrors();
    }
}
