using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Tests.Value.Scoreboard;

/// <summary>
/// One hand-computed organisation: sales (copilot, drafts) and support (bot), March 2026 scored against
/// February. Every expected figure is worked out in the comments.
/// </summary>
public sealed class IncentiveScoreboardTests
{
    private static readonly DateTime Feb = Utc(2026, 2);
    private static readonly DateTime Mar = Utc(2026, 3);

    private static readonly Core.Organisation.Organisation Org = Core.Organisation.Organisation.Empty with
    {
        BusinessUnits = [Unit("sales"), Unit("support"), Unit("finance")],
        Initiatives = [Owned("copilot", "sales"), Owned("drafts", "sales"), Owned("bot", "support")],
    };

    private static readonly InitiativeMonth[] Months =
    [
        Row(Feb, "sales", "copilot", net: 100, gross: 100, tokens: 1000),
        Row(Feb, "sales", "drafts", net: 100, gross: 100),
        Row(Feb, "support", "bot", net: 200, gross: 200, tokens: 10_000),
        Row(Feb, null, null, net: 50, gross: 50),
        Row(Mar, "sales", "copilot", net: 99, gross: 120, tokens: 1100, requests: 11, records: 5),
        Row(Mar, "sales", "copilot", net: 10, gross: 10, currency: "EUR"),
        Row(Mar, "sales", "drafts", net: 60, gross: 60),
        Row(Mar, "sales", null, net: 20, gross: 20, tokens: 400, requests: 4, records: 2),
        Row(Mar, "support", "bot", net: 300, gross: 300, tokens: 20_000, requests: 200, records: 100),
        Row(Mar, null, null, net: 100, gross: 100),
        Row(Utc(2026, 1), "sales", "copilot", net: 1_000_000, gross: 1_000_000),
    ];

    private static readonly OutcomeMonth[] Outcomes =
    [
        new("copilot", Feb, "USD", 10, 0, 200, 1, 0),
        new("drafts", Feb, "USD", 5, 0, 0, 1, 0),
        new("bot", Feb, "USD", 100, 0, 500, 1, 0),
        new("copilot", Mar, "USD", 11, 1, 330, 1, 0),
        new("drafts", Mar, "USD", 4, 0, 0, 1, 0),
        new("bot", Mar, "USD", 110, 0, 550, 2, 4),
        new("unknown-initiative", Mar, "USD", 1000, 0, 1, 1, 0),
    ];

    private static readonly ScoreboardReport Report =
        IncentiveScoreboard.Compute(Org, Mar, Months, Outcomes, new Dictionary<string, int>(StringComparer.Ordinal) { ["support"] = 2 });

    [Fact]
    public void Compute_Units_InDeclaredOrder()
    {
        Assert.Equal(["sales", "support", "finance"], Report.Units.Select(u => u.Bu));
        Assert.Equal(Feb, Report.PreviousPeriod);
    }

    [Fact]
    public void Compute_Sales_CoverageAndItsChange()
    {
        // March USD: gross 120 + 60 + 20 = 200; copilot and drafts have validated outcomes: 180 → 0.9.
        // February: gross 200, all of it on validated initiatives → 1.0. Change −10 points.
        var usd = Money("sales", "USD");
        Assert.Equal(200m, usd.GrossInScope);
        Assert.Equal(180m, usd.AttributedGross);
        Assert.Equal(0.9m, usd.Coverage);
        Assert.Equal(1m, usd.PreviousCoverage);
        Assert.Equal(-10m, usd.CoverageChangePoints);
    }

    [Fact]
    public void Compute_Sales_SpendWeightedChangeInCostPerSuccessfulOutcome()
    {
        // copilot: 99 / 11 = 9 now, 100 / 10 = 10 before → −0.1, weight 99 (net cost now).
        // drafts: 60 / 4 = 15 now, 100 / 5 = 20 before → −0.25, weight 60.
        // (99 × −0.1 + 60 × −0.25) / 159 = −24.9 / 159 = −0.156603...
        var usd = Money("sales", "USD");
        Assert.Equal(2, usd.InitiativesInCostChange);
        Assert.Equal(-0.156604m, Math.Round(usd.CostPerOutcomeChange!.Value, 6));
    }

    [Fact]
    public void Compute_Sales_ValueNetValueAndRoi()
    {
        // Value 330 + 0; net cost 99 + 60 + 20 = 179; net value 151; ROI 151 / 179.
        var usd = Money("sales", "USD");
        Assert.Equal(179m, usd.NetCost);
        Assert.Equal(330m, usd.ValueRealised);
        Assert.Equal(151m, usd.NetValue);
        Assert.Equal(151m / 179m, usd.Roi);
    }

    [Fact]
    public void Compute_SecondCurrency_KeptApartAndUndefinedWithoutHistory()
    {
        // EUR 10 on copilot (validated) → coverage 1; no EUR in February → previous and change undefined;
        // copilot's EUR cost per outcome before is 0 / 10 = 0, so its relative change is undefined too.
        var eur = Money("sales", "EUR");
        Assert.Equal(1m, eur.Coverage);
        Assert.Null(eur.PreviousCoverage);
        Assert.Null(eur.CoverageChangePoints);
        Assert.Null(eur.CostPerOutcomeChange);
        Assert.Equal(0, eur.InitiativesInCostChange);
        Assert.Equal(0m, eur.ValueRealised);
    }

    [Fact]
    public void Compute_Sales_TokenmaxxingFlagged()
    {
        // Tokens 1100 + 400 = 1500 over 11 + 4 = 15 outcomes = 100 per outcome; before 1000 / 15 = 66.7:
        // up 50 % (> 25 %) while outcomes changed 0 % (< 5 %).
        var sales = Report.Units[0];
        Assert.Equal(100m, sales.Activity.TokensPerValidatedOutcome);
        Assert.Equal(15m, sales.ValidatedSuccessful);
        Assert.Equal(15m, sales.PreviousValidatedSuccessful);
        var flag = Assert.Single(sales.Flags);
        Assert.Equal(GamingSignalKind.Tokenmaxxing, flag.Kind);
        Assert.Equal("tokens per validated outcome +50 % while validated outcomes changed 0 %", flag.Explanation);
    }

    [Fact]
    public void Compute_Support_HighRejectedShareButNoTokenmaxxing()
    {
        // Claims reviewed 2 + 4 = 6 (>= 5), rejected 4 / 6 = 66.7 % (> 30 %). Tokens per outcome 10000 / 100 = 100
        // → 20000 / 110 = 181.8 (+82 %), but outcomes rose 10 % (not flat): no tokenmaxxing.
        var support = Report.Units[1];
        Assert.Equal(6m, support.ReviewedClaims);
        Assert.Equal(4m / 6m, support.RejectedShare);
        var flag = Assert.Single(support.Flags);
        Assert.Equal(GamingSignalKind.HighRejectedShare, flag.Kind);
        Assert.Equal("66.7 % of 6 reviewed claims rejected", flag.Explanation);
        Assert.Equal(2, support.LaggardsRetired);

        // Cost per outcome 300 / 110 now, 200 / 100 = 2 before: (2.7272... − 2) / 2 = +0.363636...
        Assert.Equal(0.363636m, Math.Round(Money("support", "USD").CostPerOutcomeChange!.Value, 6));
        Assert.Equal(0m, Money("support", "USD").CoverageChangePoints);
    }

    [Fact]
    public void Compute_Activity_ShownButNotScored()
    {
        var support = Report.Units[1].Activity;
        Assert.False(support.Scored);
        Assert.Equal((200L, 20_000L, 100L, 10_000L), (support.Requests, support.Tokens, support.TelemetryRecords, support.PreviousTokens));
        var sales = Report.Units[0].Activity;
        Assert.Equal((15L, 1500L, 7L), (sales.Requests, sales.Tokens, sales.TelemetryRecords));
    }

    [Fact]
    public void Compute_UnitWithNothing_HasUndefinedFiguresNotZero()
    {
        var finance = Report.Units[2];
        Assert.Empty(finance.Money);
        Assert.Null(finance.SuccessRate);
        Assert.Null(finance.RejectedShare);
        Assert.Null(finance.Activity.TokensPerValidatedOutcome);
        Assert.Empty(finance.Flags);
        Assert.Equal(0, finance.LaggardsRetired);
    }

    [Fact]
    public void Compute_Overall_IncludesUnallocatedInTheDenominator()
    {
        // March USD: 200 + 300 + 100 unallocated = 600; attributed 180 + 300 = 480 → 0.8.
        // February: 200 + 200 + 50 = 450; attributed 400 → 0.888...; the unknown initiative's outcome counts for no unit.
        var usd = Report.Overall.Single(m => m.Currency == "USD");
        Assert.Equal(0.8m, usd.Coverage);
        Assert.Equal(Math.Round(400m / 450m, 10), Math.Round(usd.PreviousCoverage!.Value, 10));
        Assert.Equal(0m, Report.Units.Sum(u => u.Money.Where(m => m.Currency == "USD").Sum(m => m.AttributedGross)) - 480m);
    }

    [Fact]
    public void Compute_FewReviewedClaims_NoRejectedShareFlag()
    {
        OutcomeMonth[] outcomes = [new("bot", Mar, "USD", 1, 0, 0, 1, 0), new("bot", Mar, "USD", 0, 0, 0, 0, 3)];
        var support = IncentiveScoreboard.Compute(Org, Mar, Months, outcomes, new Dictionary<string, int>()).Units[1];

        Assert.Equal(0.75m, support.RejectedShare);
        Assert.DoesNotContain(support.Flags, f => f.Kind == GamingSignalKind.HighRejectedShare);
    }

    [Fact]
    public void Compute_PeriodNotAMonthStart_Throws() =>
        Assert.Throws<ArgumentException>(() => IncentiveScoreboard.Compute(Org, Mar.AddDays(3), Months, Outcomes, new Dictionary<string, int>()));

    private static ScoreboardMoney Money(string bu, string currency) =>
        Report.Units.Single(u => u.Bu == bu).Money.Single(m => m.Currency == currency);

    private static InitiativeMonth Row(
        DateTime month, string? bu, string? initiative, decimal net, decimal gross, long tokens = 0, long requests = 0, long records = 0, string currency = "USD") =>
        new(month, bu, initiative, currency, net, gross, requests, tokens, records);

    private static BusinessUnit Unit(string id) => new(id, id, null, BillingMode.Showback, SourceLocation.None);

    private static Initiative Owned(string id, string bu) => new(id, id, bu, null, InitiativeStage.Pilot, SourceLocation.None);

    private static DateTime Utc(int year, int month) => new(year, month, 1, 0, 0, 0, DateTimeKind.Utc);
}
