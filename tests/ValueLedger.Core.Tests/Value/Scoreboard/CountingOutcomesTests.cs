using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Tests.Value.Scoreboard;

public sealed class CountingOutcomesTests
{
    private static readonly AttributionAgreement[] Agreements =
    [
        new("bot", AttributionMethodKind.BaselineComparison, "ticket resolved", 5m, "USD", "cfo", At(2026, 1, 1)),
        new("bot", AttributionMethodKind.BaselineComparison, "ticket resolved", 8m, "EUR", "cfo", At(2026, 3, 1)),
    ];

    [Fact]
    public void ByMonth_OpenClaimsAndCorrectedRecords_DoNotCount()
    {
        OutcomeRecord[] records =
        [
            Record(1, Claim(10), OutcomeStatus.Validated),
            Record(2, Claim(12) with { Corrects = 1 }, OutcomeStatus.Validated),
            Record(3, Claim(99), OutcomeStatus.Claimed),
            Record(4, Claim(7) with { Corrects = 2 }, OutcomeStatus.Rejected),
            Record(5, Claim(1), OutcomeStatus.Rejected),
        ];

        var months = CountingOutcomes.ByMonth(records, Agreements);

        // Record 1 is corrected by validated record 2; the rejected correction 4 changes nothing but counts as rejected.
        Assert.Equal(12m, months.Sum(m => m.Successful));
        Assert.Equal(1m, months.Sum(m => m.ValidatedClaims));
        Assert.Equal(2m, months.Sum(m => m.RejectedClaims));
        Assert.Equal(60m, months.Sum(m => m.Value));
    }

    [Fact]
    public void ValueOf_NoStatedValue_UsesTheAgreementInForceAtThePeriodStart()
    {
        // February: the January agreement (5 USD); March: the one agreed on 1 March (8 EUR).
        Assert.Equal((50m, "USD"), CountingOutcomes.ValueOf(Claim(10), Agreements));
        Assert.Equal((80m, "EUR"), CountingOutcomes.ValueOf(Claim(10) with { PeriodStart = new DateOnly(2026, 3, 1), PeriodEnd = new DateOnly(2026, 4, 1) }, Agreements));
        Assert.Equal((3m, "GBP"), CountingOutcomes.ValueOf(Claim(10) with { Value = 3m, Currency = "GBP" }, Agreements));
    }

    private static OutcomeClaim Claim(long successful) =>
        new("bot", new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), successful, 0, null, "USD", null, null);

    private static OutcomeRecord Record(long id, OutcomeClaim claim, OutcomeStatus status) =>
        new(id, claim, "owner", At(2026, 3, 2), status, status == OutcomeStatus.Claimed ? null : "cfo", null, null);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 0, 0, 0, TimeSpan.Zero);
}
