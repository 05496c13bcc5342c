using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Tests.Value.Scoreboard;

public sealed class OutcomeSpreadTests
{
    [Fact]
    public void ByMonth_PeriodSpanningTwoMonths_SplitsInProportionToDays()
    {
        // 20 Jan – 10 Feb (exclusive): 12 days in January, 9 in February, 21 in all.
        var months = OutcomeSpread.ByMonth("copilot", new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10), "USD", 21, 7, 420, validated: true);

        Assert.Equal(2, months.Count);
        Assert.Equal(new OutcomeMonth("copilot", Utc(2026, 1), "USD", 12, 4, 240, 12m / 21, 0), months[0]);
        Assert.Equal(Utc(2026, 2), months[1].Month);
        Assert.Equal(9m, months[1].Successful);
        Assert.Equal(3m, months[1].Failed);
        Assert.Equal(180m, months[1].Value);
        Assert.Equal(1m, months.Sum(m => m.ValidatedClaims));
    }

    [Fact]
    public void ByMonth_UnevenThirds_SumExactlyToTheRecord()
    {
        // 1 Jan – 1 Apr: 31 + 28 + 31 = 90 days; 10 outcomes do not divide evenly.
        var months = OutcomeSpread.ByMonth("bot", new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1), "EUR", 10, 0, 100, validated: true);

        Assert.Equal([Utc(2026, 1), Utc(2026, 2), Utc(2026, 3)], months.Select(m => m.Month));
        Assert.Equal(10m, months.Sum(m => m.Successful));
        Assert.Equal(100m, months.Sum(m => m.Value));
        Assert.Equal(Math.Round(10m * 28 / 90, 20), Math.Round(months[1].Successful, 20));
    }

    [Fact]
    public void ByMonth_RejectedRecord_SpreadsOnlyTheRejectedClaim()
    {
        var months = OutcomeSpread.ByMonth("bot", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 15), "USD", 50, 5, 900, validated: false);

        Assert.Equal(new OutcomeMonth("bot", Utc(2026, 3), "USD", 0, 0, 0, 0, 1), Assert.Single(months));
    }

    [Fact]
    public void ByMonth_NoDays_CountsInTheMonthOfItsStart()
    {
        var months = OutcomeSpread.ByMonth("bot", new DateOnly(2026, 5, 31), new DateOnly(2026, 5, 31), "USD", 3, 0, 30, validated: true);

        Assert.Equal(new OutcomeMonth("bot", Utc(2026, 5), "USD", 3, 0, 30, 1, 0), Assert.Single(months));
    }

    private static DateTime Utc(int year, int month) => new(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
}
