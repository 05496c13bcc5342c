using System.Text.Json;
using Microsoft.Playwright;

namespace ValueLedger.Web.BrowserTests.People;

/// <summary>
/// The behavioural P&amp;L in a real browser: one initiative's monthly trust, review and capacity figures, its money and the
/// capacity conversion on the overview equal the API's; every people cell is marked and none is over 1 … k−1 people.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class BehaviourBrowserTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task BehaviourInitiative_MonthlyFiguresAndMoney_EqualApi()
    {
        using var api = fixture.ApiClient();
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/people/behaviour?initiative=support-copilot"));
        var from = json.RootElement.GetProperty("from").GetString();
        var to = json.RootElement.GetProperty("to").GetString();
        var k = json.RootElement.GetProperty("k").GetInt32();
        var initiative = json.RootElement.GetProperty("initiatives").EnumerateArray().Single();

        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync($"/behaviour/support-copilot?from={from}&to={to}");
        await Assertions.Expect(session.Page.Locator("figure.chart svg[role=img]")).ToHaveCountAsync(1);
        var months = initiative.GetProperty("months").EnumerateArray().ToList();
        Assert.NotEmpty(months);
        Assert.Contains(months, m => m.GetProperty("overrideRatePercent").GetProperty("state").GetString() == "value");
        foreach (var month in months)
        {
            var row = session.Page.Locator($"table.behaviour-months tr[data-month='{month.GetProperty("month").GetString()}']");
            Assert.Equal(Shown(month.GetProperty("overrideRatePercent"), " %"), await row.Locator("td").Nth(0).InnerTextAsync());
            Assert.Equal(Shown(month.GetProperty("errorRatePercent"), " %"), await row.Locator("td").Nth(1).InnerTextAsync());
            Assert.Equal(Shown(month.GetProperty("reviewMinutesPerOutput"), " min"), await row.Locator("td").Nth(3).InnerTextAsync());
            Assert.Equal(Shown(month.GetProperty("trust"), string.Empty), await row.Locator("td").Nth(4).InnerTextAsync());
        }

        var currency = initiative.GetProperty("currency").GetString();
        Assert.Equal($"{initiative.GetProperty("validatedValue").GetString()} {currency}", (await session.Page.Locator("dd[data-money=validated]").InnerTextAsync()).Trim());
        Assert.Equal($"{initiative.GetProperty("allocatedCost").GetString()} {currency}", (await session.Page.Locator("dd[data-money=cost]").InnerTextAsync()).Trim());
        var total = initiative.GetProperty("capacityTotal");
        if (total.GetProperty("state").GetString() == "value")
        {
            Assert.Equal(Hours(total.GetProperty("hoursSaved")), await session.Page.Locator("table.capacity tfoot tr td").Nth(1).InnerTextAsync());
            Assert.Equal(Hours(total.GetProperty("hoursNotCaptured")), await session.Page.Locator("table.capacity tfoot tr td").Nth(4).InnerTextAsync());
        }

        await AssertPeopleCellsAsync(session, k);
        await session.ScreenshotAsync("behaviour-initiative");
        session.AssertNoConsoleErrors();
    }

    [BrowserFact]
    public async Task BehaviourOverview_CapacityConversion_EqualsApiAndBuOwnerSeesOwnUnitOnly()
    {
        using var api = fixture.ApiClient();
        using var json = JsonDocument.Parse(await api.GetStringAsync("/api/people/behaviour"));
        var capacity = json.RootElement.GetProperty("capacity");

        await using var session = await fixture.OpenAsync("cfo");
        await session.GotoOkAsync($"/behaviour?from={json.RootElement.GetProperty("from").GetString()}&to={json.RootElement.GetProperty("to").GetString()}");
        Assert.Equal(Hours(capacity.GetProperty("hoursSaved")), await session.Page.Locator("[data-capacity=saved]").InnerTextAsync());
        Assert.Equal(Hours(capacity.GetProperty("hoursRedeployed")), await session.Page.Locator("[data-capacity=redeployed]").InnerTextAsync());
        Assert.Equal(Hours(capacity.GetProperty("hoursNotCaptured")), await session.Page.Locator("[data-capacity=not-captured]").InnerTextAsync());
        await Assertions.Expect(session.Page.Locator("table.behaviour-summary tbody tr[data-initiative]"))
            .ToHaveCountAsync(json.RootElement.GetProperty("initiatives").GetArrayLength());
        await Assertions.Expect(session.Page.GetByText("Saved time is not value until it is redeployed")).ToHaveCountAsync(1);
        await AssertPeopleCellsAsync(session, json.RootElement.GetProperty("k").GetInt32());
        await session.ScreenshotAsync("behaviour");
        session.AssertNoConsoleErrors();

        await using var owner = await fixture.OpenAsync("head-of-support");
        await owner.GotoOkAsync("/behaviour");
        await Assertions.Expect(owner.Page.Locator("table.behaviour-summary tr[data-initiative=support-copilot]")).ToHaveCountAsync(1);
        await Assertions.Expect(owner.Page.GetByText("Sales e-mail drafts")).ToHaveCountAsync(0);
        owner.AssertNoConsoleErrors();
    }

    /// <summary>Hours as the page writes them: the exact decimal.</summary>
    private static string Hours(JsonElement hours) => ValueLedger.Core.Ledger.InvariantText.Exact(hours.GetDecimal());

    /// <summary>The page text of a people measure: the API's exact value with the unit, or the state in words.</summary>
    private static string Shown(JsonElement measure, string unit) => measure.GetProperty("state").GetString() switch
    {
        "value" => ValueLedger.Core.Ledger.InvariantText.Exact(measure.GetProperty("value").GetDecimal()) + unit,
        "below-threshold" => "below threshold",
        _ => "no data",
    };

    /// <summary>Every marked people cell says how many people are behind it: 0, at least k, or suppressed.</summary>
    internal static async Task AssertPeopleCellsAsync(BrowserSession session, int k)
    {
        var marks = await session.Page.Locator("[data-people-count]").EvaluateAllAsync<string[]>("cells => cells.map(c => c.getAttribute('data-people-count'))");
        Assert.NotEmpty(marks);
        foreach (var mark in marks)
        {
            Assert.True(mark == "suppressed" || (int.TryParse(mark, out var n) && (n == 0 || n >= k)), $"a people cell marked '{mark}'");
        }
    }
}
