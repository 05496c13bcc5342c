using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;

namespace ValueLedger.Core.Tests.Value.Outcomes;

public sealed class OutcomeRulesTests
{
    private static readonly DateTimeOffset Jan15 = new(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);

    internal static AttributionAgreement Agreement(decimal perOutcome, DateTimeOffset at, string initiative = "support", string currency = "USD") =>
        new(initiative, AttributionMethodKind.ControlledExperiment, "a ticket resolved without a human", perOutcome, currency, "cfo", at);

    internal static OutcomeClaim Claim(DateOnly start, DateOnly end, long successful, decimal? value = null, long? corrects = null, string currency = "USD") =>
        new("support", start, end, successful, 0, value, currency, null, corrects);

    private static OutcomeRecord Record(long id, OutcomeStatus status, long? corrects = null) =>
        new(id, Claim(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), 10, corrects: corrects), "owner", Jan15, status, null, null, null);

    [Fact]
    public void ValueOf_NoStatedValue_SuccessfulTimesAgreedValuePerOutcome()
    {
        // A period spanning two months (Jan 20 to Feb 10): 40 successful × 12.50 = 500.00 USD.
        var claim = Claim(new DateOnly(2026, 1, 20), new DateOnly(2026, 2, 10), 40);

        var value = OutcomeRules.ValueOf(claim, [Agreement(12.50m, new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero))]);

        Assert.Equal(new OutcomeValue(500.00m, "USD"), value);
    }

    [Fact]
    public void ValueOf_StatedValue_WinsOverTheAgreement()
    {
        var value = OutcomeRules.ValueOf(Claim(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), 40, 321.5m, currency: "EUR"), [Agreement(12.50m, Jan15)]);

        Assert.Equal(new OutcomeValue(321.5m, "EUR"), value);
    }

    [Fact]
    public void ValueOf_NoValueNoAgreement_Undefined()
    {
        Assert.Null(OutcomeRules.ValueOf(Claim(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), 40), []));
    }

    [Fact]
    public void AgreementInForce_TwoAgreements_TheLatestAtOrBeforeThePeriodStart()
    {
        var first = Agreement(10m, Jan15);
        var second = Agreement(20m, new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.Null(OutcomeRules.AgreementInForce([first, second], "support", new DateOnly(2026, 1, 15)));
        Assert.Same(first, OutcomeRules.AgreementInForce([first, second], "support", new DateOnly(2026, 1, 16)));
        Assert.Same(second, OutcomeRules.AgreementInForce([first, second], "support", new DateOnly(2026, 3, 1)));
        Assert.Null(OutcomeRules.AgreementInForce([first, second], "other", new DateOnly(2026, 4, 1)));
        // 30 successful in March: 30 × 20 = 600 under the second agreement.
        Assert.Equal(600m, OutcomeRules.ValueOf(Claim(new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), 30), [first, second])!.Value.Amount);
    }

    [Fact]
    public void WhyNotValidatable_AgreementAfterThePeriodStart_StaysAClaim()
    {
        var why = OutcomeRules.WhyNotValidatable(Claim(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), 5), [Agreement(10m, Jan15)]);

        Assert.Contains("agreed at 2026-01-15T09:30:00Z, after the claim's period start 2026-01-01; the record stays a claim", why, StringComparison.Ordinal);
        Assert.Null(OutcomeRules.WhyNotValidatable(Claim(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), 5), [Agreement(10m, Jan15)]));
        Assert.Contains("no attribution method is agreed", OutcomeRules.WhyNotValidatable(Claim(new DateOnly(2026, 2, 1), new DateOnly(2026, 3, 1), 5), []), StringComparison.Ordinal);
    }

    [Fact]
    public void CountingRecords_ValidatedCorrection_SupersedesTheCorrectedRecord()
    {
        OutcomeRecord[] records =
        [
            Record(1, OutcomeStatus.Validated),
            Record(2, OutcomeStatus.Validated, corrects: 1),
            Record(3, OutcomeStatus.Claimed),
            Record(4, OutcomeStatus.Rejected),
            Record(5, OutcomeStatus.Validated),
            Record(6, OutcomeStatus.Claimed, corrects: 5),
            Record(7, OutcomeStatus.Rejected, corrects: 5),
        ];

        var counting = OutcomeRules.CountingRecords(records);

        Assert.Equal([2L, 5L], counting.Select(r => r.Id));
    }

    [Fact]
    public void CountingRecords_ChainOfCorrections_OnlyTheLastCounts()
    {
        var counting = OutcomeRules.CountingRecords([Record(1, OutcomeStatus.Validated), Record(2, OutcomeStatus.Validated, 1), Record(3, OutcomeStatus.Validated, 2)]);

        Assert.Equal([3L], counting.Select(r => r.Id));
    }
}
