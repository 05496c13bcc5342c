using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Tests.Value.Scoreboard;

/// <summary>The gaming flags' trend form: a sustained rise or rejection pattern that no single month shows.</summary>
public sealed class IncentiveScoreboardTrendTests
{
    private static readonly Core.Organisation.Organisation Org = Core.Organisation.Organisation.Empty with
    {
        BusinessUnits = [new BusinessUnit("marketing", "Marketing", null, BillingMode.Showback, SourceLocation.None)],
        Initiatives = [new Initiative("studio", "Studio", "marketing", null, InitiativeStage.Pilot, SourceLocation.None)],
    };

    private static readonly DateTime June = Month(6);

    [Fact]
    public void Compute_TokensPerOutcomeUpHalfOverAQuarterButFlatMonthToMonth_TokenmaxxingByTrend()
    {
        // Jan–Mar: 100 tokens a month, 10 outcomes a month → 300 / 30 = 10 per outcome.
        // Apr–Jun: 150 tokens a month, 10 outcomes a month → 450 / 30 = 15: +50 % (> 25 %), outcomes 0 % (< 5 %).
        // June against May: 150 / 10 both → no monthly rise.
        var months = Enumerable.Range(1, 6).Select(m => Row(Month(m), m <= 3 ? 100 : 150)).ToList();
        var outcomes = Enumerable.Range(1, 6).Select(m => Outcome(Month(m), 10, validated: 1, rejected: 0)).ToList();

        var unit = IncentiveScoreboard.Compute(Org, June, months, outcomes, new Dictionary<string, int>()).Units.Single();

        var flag = Assert.Single(unit.Flags);
        Assert.Equal(GamingSignalKind.Tokenmaxxing, flag.Kind);
        Assert.Equal("over the last 3 months, tokens per validated outcome +50 % against the 3 before, while validated outcomes changed 0 %", flag.Explanation);
        Assert.Equal(unit.Activity.TokensPerValidatedOutcome, unit.Activity.PreviousTokensPerValidatedOutcome);
    }

    [Fact]
    public void Compute_TwoOfSixMonthlyClaimsRejected_HighRejectedShareByTrend()
    {
        // One claim reviewed a month (never 5 in a month); over six months 2 of 6 rejected = 33.3 % (> 30 %).
        var months = Enumerable.Range(1, 6).Select(m => Row(Month(m), 100)).ToList();
        var outcomes = Enumerable.Range(1, 6)
            .Select(m => m is 2 or 4 ? Outcome(Month(m), 0, validated: 0, rejected: 1) : Outcome(Month(m), 10, validated: 1, rejected: 0))
            .ToList();

        var unit = IncentiveScoreboard.Compute(Org, June, months, outcomes, new Dictionary<string, int>()).Units.Single();

        var flag = Assert.Single(unit.Flags, f => f.Kind == GamingSignalKind.HighRejectedShare);
        Assert.Equal("over the last 6 months, 33.3 % of 6 reviewed claims rejected", flag.Explanation);
        Assert.Equal(0m, unit.RejectedShare); // June itself: one claim, validated
    }

    [Fact]
    public void Compute_TwoOfFourReviewedClaimsRejected_TooFewForAFlag()
    {
        var months = Enumerable.Range(3, 4).Select(m => Row(Month(m), 100)).ToList();
        var outcomes = Enumerable.Range(3, 4)
            .Select(m => m is 3 or 4 ? Outcome(Month(m), 0, validated: 0, rejected: 1) : Outcome(Month(m), 10, validated: 1, rejected: 0))
            .ToList();

        var unit = IncentiveScoreboard.Compute(Org, June, months, outcomes, new Dictionary<string, int>()).Units.Single();

        Assert.DoesNotContain(unit.Flags, f => f.Kind == GamingSignalKind.HighRejectedShare);
    }

    private static InitiativeMonth Row(DateTime month, long tokens) => new(month, "marketing", "studio", "USD", 10, 10, 1, tokens, 1);

    private static OutcomeMonth Outcome(DateTime month, decimal successful, decimal validated, decimal rejected) =>
        new("studio", month, "USD", successful, 0, successful, validated, rejected);

    private static DateTime Month(int month) => new(2026, month, 1, 0, 0, 0, DateTimeKind.Utc);
}
