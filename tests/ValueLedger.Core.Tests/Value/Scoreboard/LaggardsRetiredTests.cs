using ValueLedger.Core.Organisation;
using ValueLedger.Core.Tests.Value.JCurve;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Tests.Value.Scoreboard;

/// <summary>
/// Laggards retired per business unit. The J-curve is <see cref="JCurveMathTests.Sample"/> (start 2026-01,
/// break-even month 4, grace 3): month 8 (2026-09) is the first that can flag; its band's lower edge is 360.
/// </summary>
public sealed class LaggardsRetiredTests
{
    private static readonly DateTime Sep = new(2026, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset RetiredAt = new(2026, 9, 10, 12, 0, 0, TimeSpan.Zero);

    private static readonly Core.Organisation.Organisation Org = Core.Organisation.Organisation.Empty with
    {
        BusinessUnits = [Unit("ops"), Unit("sales")],
        Initiatives = [Owned("support-copilot", "ops"), Owned("legacy-bot", "ops"), Owned("drafts", "sales")],
    };

    [Fact]
    public void Count_NoJCurveAndNoValidatedOutcome_CountsForOwningUnit()
    {
        var result = Count([Retire("legacy-bot", RetiredAt)], [], []);

        Assert.Equal(1, Assert.Single(result, kv => kv.Key == "ops").Value);
        Assert.False(result.ContainsKey("sales"));
    }

    [Fact]
    public void Count_NoJCurveButValidatedBeforeRetirement_NotALaggard() =>
        Assert.Empty(Count([Retire("legacy-bot", RetiredAt)], [], [Validated(1, "legacy-bot", 2, 10m, RetiredAt.AddDays(-1))]));

    [Fact]
    public void Count_ValidatedOnlyAfterRetirement_StillALaggardAtThatMoment() =>
        Assert.Equal(1, Count([Retire("legacy-bot", RetiredAt)], [], [Validated(1, "legacy-bot", 2, 10m, RetiredAt.AddDays(1))])["ops"]);

    [Fact]
    public void Count_CorrectedValidatedOutcomeOnly_CountsAsNoOutcome()
    {
        // Record 2 corrects record 1 and is itself validated: one outcome counts, so not a laggard.
        var outcomes = new[] { Validated(1, "legacy-bot", 2, 10m, RetiredAt.AddDays(-3)), Validated(2, "legacy-bot", 2, 5m, RetiredAt.AddDays(-2), corrects: 1) };

        Assert.Empty(Count([Retire("legacy-bot", RetiredAt)], [], outcomes));
    }

    [Theory]
    [InlineData("300", 1)] // 300 − 0 cost < 360: below the band past break-even + grace.
    [InlineData("360", 0)] // on the lower edge: not below.
    [InlineData("400", 0)]
    public void Count_JCurveMonthEight_LaggardWhenBelowTheBand(string value, int expected)
    {
        var outcomes = new[] { Validated(1, "support-copilot", 2, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), RetiredAt.AddDays(-1)) };

        var result = Count([Retire("support-copilot", RetiredAt)], [JCurveMathTests.Sample()], outcomes);

        Assert.Equal(expected, result.GetValueOrDefault("ops"));
    }

    [Fact]
    public void Count_JCurveCostBringsActualBelowBand_Laggard()
    {
        // 400 value − 50 cost in June = 350 < 360.
        var outcomes = new[] { Validated(1, "support-copilot", 2, 400m, RetiredAt.AddDays(-1)) };
        var costs = new[] { new InitiativeMonth(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc), "ops", "support-copilot", "USD", 50m, 50m, 0, 0, 0) };

        Assert.Equal(1, LaggardsRetired.Count(Org, [Retire("support-copilot", RetiredAt)], [JCurveMathTests.Sample()], outcomes, [], costs, Sep)["ops"]);
    }

    [Fact]
    public void Count_JCurveWithinGrace_NotALaggardEvenWithoutOutcomes()
    {
        var august = new DateTimeOffset(2026, 8, 20, 0, 0, 0, TimeSpan.Zero);

        var result = LaggardsRetired.Count(Org, [Retire("support-copilot", august)], [JCurveMathTests.Sample()], [], [], [], Sep.AddMonths(-1));

        Assert.Empty(result);
    }

    [Fact]
    public void Count_RetirementOutsideTheMonthOrUnknownInitiative_NotCounted()
    {
        var transitions = new[] { Retire("legacy-bot", new DateTimeOffset(Sep.AddMonths(1))), Retire("legacy-bot", new DateTimeOffset(Sep).AddTicks(-1)), Retire("ghost", RetiredAt) };

        Assert.Empty(Count(transitions, [], []));
    }

    [Fact]
    public void Count_TwoLaggardsInTwoUnits_OnePerUnit()
    {
        var transitions = new[] { Retire("legacy-bot", RetiredAt), Retire("drafts", RetiredAt.AddDays(2)), new StageTransition("drafts", InitiativeStage.Pilot, InitiativeStage.Production, "cfo", RetiredAt, null) };

        var result = Count(transitions, [], []);

        Assert.Equal((1, 1), (result["ops"], result["sales"]));
    }

    private static IReadOnlyDictionary<string, int> Count(StageTransition[] transitions, JCurveDeclaration[] declarations, OutcomeRecord[] outcomes) =>
        LaggardsRetired.Count(Org, transitions, declarations, outcomes, [], [], Sep);

    private static StageTransition Retire(string initiative, DateTimeOffset at) => new(initiative, InitiativeStage.Production, InitiativeStage.Retired, "cfo", at, "laggard");

    private static OutcomeRecord Validated(long id, string initiative, int month, decimal value, DateTimeOffset reviewedAt, long? corrects = null) =>
        new(id, new OutcomeClaim(initiative, new DateOnly(2026, month, 1), new DateOnly(2026, month + 1, 1), 1, 0, value, "USD", null, corrects),
            "ops", reviewedAt.AddDays(-1), OutcomeStatus.Validated, "cfo", reviewedAt, null);

    private static BusinessUnit Unit(string id) => new(id, id, null, BillingMode.Showback, SourceLocation.None);

    private static Initiative Owned(string id, string bu) => new(id, id, bu, null, InitiativeStage.Pilot, SourceLocation.None);
}
