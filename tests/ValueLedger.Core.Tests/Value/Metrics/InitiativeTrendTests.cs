using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Tests.Value.Metrics;

public sealed class InitiativeTrendTests
{
    private static readonly DateTime Jan = Month(1);
    private static readonly DateTime Feb = Month(2);
    private static readonly DateTime Mar = Month(3);
    private static readonly DateTime Apr = Month(4);

    [Fact]
    public void Monthly_CostAndOutcomes_CostPerOutcomeAndItsTrend()
    {
        // Jan: 100 over two units / 10 outcomes = 10. Feb: 90 / 0 outcomes = undefined. Mar: 80 / 10 = 8 → −20 % against
        // Jan (the last defined month). Value 5 per outcome: Jan 50 → net −50, ROI −0.5; Feb net −90.
        InitiativeMonth[] months =
        [
            Row(Jan, "a", 60), Row(Jan, "b", 40), Row(Feb, "a", 90), Row(Mar, "a", 80), Row(Mar, "a", 5, initiative: "other"),
        ];
        OutcomeMonth[] outcomes = [Outcome(Jan, 10, 50), Outcome(Mar, 10, 50), new("other", Mar, "USD", 99, 0, 1, 1, 0)];

        var rows = InitiativeTrend.Monthly("x", Jan, Apr, months, outcomes);

        Assert.Equal([Jan, Feb, Mar], rows.Select(r => r.Month));
        Assert.Equal((100m, 10m, 50m, 10m, (decimal?)null, -50m, -0.5m), (rows[0].NetCost, rows[0].ValidatedSuccessful, rows[0].ValueRealised, rows[0].CostPerSuccessfulOutcome!.Value, rows[0].CostPerSuccessfulOutcomeChange, rows[0].NetValue, rows[0].Roi!.Value));
        Assert.Null(rows[1].CostPerSuccessfulOutcome);
        Assert.Null(rows[1].CostPerSuccessfulOutcomeChange);
        Assert.Equal(-90m, rows[1].NetValue);
        Assert.Equal(8m, rows[2].CostPerSuccessfulOutcome);
        Assert.Equal(-0.2m, rows[2].CostPerSuccessfulOutcomeChange);
    }

    [Fact]
    public void Monthly_ZeroCostMonthWithOutcomes_CostPerOutcomeZeroAndRoiUndefined()
    {
        var rows = InitiativeTrend.Monthly("x", Jan, Feb, [Row(Jan, "a", 0)], [Outcome(Jan, 4, 20)]);

        var row = Assert.Single(rows);
        Assert.Equal(0m, row.CostPerSuccessfulOutcome);
        Assert.Null(row.Roi);
        Assert.Equal(20m, row.NetValue);
    }

    [Fact]
    public void Monthly_TwoCurrencies_NeverAddedTogether()
    {
        var rows = InitiativeTrend.Monthly("x", Jan, Feb, [Row(Jan, "a", 10), Row(Jan, "a", 30, currency: "EUR")], [Outcome(Jan, 5, 0)]);

        Assert.Equal([("EUR", 30m, 6m), ("USD", 10m, 2m)], rows.Select(r => (r.Currency, r.NetCost, r.CostPerSuccessfulOutcome!.Value)));
    }

    private static InitiativeMonth Row(DateTime month, string bu, decimal net, string initiative = "x", string currency = "USD") =>
        new(month, bu, initiative, currency, net, Math.Max(net, 0), 0, 0, 0);

    private static OutcomeMonth Outcome(DateTime month, decimal successful, decimal value) => new("x", month, "USD", successful, 0, value, 1, 0);

    private static DateTime Month(int month) => new(2026, month, 1, 0, 0, 0, DateTimeKind.Utc);
}
