using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Core.Tests.Value.JCurve;

public sealed class JCurveActualsTests
{
    private static readonly AttributionAgreement Agreement =
        new("support-copilot", AttributionMethodKind.ControlledExperiment, "ticket resolved", 2m, "USD", "cfo", new DateTimeOffset(2026, 1, 15, 0, 0, 0, TimeSpan.Zero));

    private static OutcomeRecord Outcome(long id, int month, long successful, decimal? value = null, OutcomeStatus status = OutcomeStatus.Validated, long? corrects = null, string currency = "USD") =>
        new(id, new OutcomeClaim("support-copilot", new DateOnly(2026, month, 1), new DateOnly(2026, month + 1, 1), successful, 0, value, currency, null, corrects),
            "head-support", DateTimeOffset.UnixEpoch, status, null, null, null);

    private static InitiativeMonth Cost(int month, decimal net, string currency = "USD", string initiative = "support-copilot") =>
        new(new DateTime(2026, month, 1, 0, 0, 0, DateTimeKind.Utc), "support", initiative, currency, net, net, 0, 0, 0);

    [Fact]
    public void Cumulative_ValidatedValueMinusCost_RunsPerMonthUntilToday()
    {
        OutcomeRecord[] outcomes =
        [
            Outcome(1, 1, 100),                              // January: before the agreement (15 Jan) and no stated value → no value
            Outcome(2, 2, 30),                               // February: 30 × 2 = 60
            Outcome(3, 3, 0, value: 500m),                   // March: stated 500, but corrected by 4
            Outcome(4, 3, 0, value: 200m, corrects: 3),      // March: 200
            Outcome(5, 3, 0, value: 999m, status: OutcomeStatus.Claimed),
            Outcome(6, 3, 0, value: 999m, currency: "EUR"),
        ];
        InitiativeMonth[] costs = [Cost(1, 40m), Cost(2, 50m), Cost(3, 60m), Cost(3, 1000m, "EUR"), Cost(3, 1000m, initiative: "other"), Cost(4, 70m)];

        var actual = JCurveActuals.Cumulative(JCurveMathTests.Sample(), 6, new DateOnly(2026, 4, 10), outcomes, [Agreement], costs);

        // Jan: 0 − 40 = −40; Feb: −40 + 60 − 50 = −30; Mar: −30 + 200 − 60 = 110; Apr: 110 − 70 = 40; May, June: future.
        Assert.Equal([-40m, -30m, 110m, 40m, null, null], actual);
        Assert.True(JCurveActuals.HasValidatedOutcome(JCurveMathTests.Sample(), outcomes));
    }

    [Fact]
    public void HasValidatedOutcome_OnlyClaims_IsFalse() =>
        Assert.False(JCurveActuals.HasValidatedOutcome(JCurveMathTests.Sample(), [Outcome(1, 2, 5, status: OutcomeStatus.Claimed), Outcome(2, 2, 5, status: OutcomeStatus.Rejected)]));
}
