using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Core.Tests.Value.JCurve;

public sealed class JCurveMathTests
{
    // C = 100, T = 2, D = 50, M = 4, V = 100, w = 0.1. By hand:
    // e(t) = 0, -25, -50, 25, 100, 100 …; E(t) = 0, -25, -75, -50, 50, 150 …; half band 0.1 × 100 × (t + 1) = 10, 20, 30, 40, 50, 60.
    internal static JCurveDeclaration Sample(decimal cost = 100m, int trough = 2, decimal depth = 50m, int maturity = 4, decimal target = 100m, decimal tolerance = 0.1m) =>
        new("support-copilot", 1, new DateOnly(2026, 1, 1), cost, trough, depth, maturity, target, tolerance, "USD", "ops", DateTimeOffset.UnixEpoch, null, null);

    [Theory]
    [InlineData(0, "0", "0", "-10", "10")]
    [InlineData(1, "-25", "-25", "-45", "-5")]
    [InlineData(2, "-50", "-75", "-105", "-45")]
    [InlineData(3, "25", "-50", "-90", "-10")]
    [InlineData(4, "100", "50", "0", "100")]
    [InlineData(5, "100", "150", "90", "210")]
    public void Points_SampleDeclaration_MatchHandComputed(int t, string net, string cumulative, string low, string high)
    {
        var point = JCurveMath.Points(Sample(), 6)[t];
        Assert.Equal(decimal.Parse(net, System.Globalization.CultureInfo.InvariantCulture), point.ExpectedNet);
        Assert.Equal(decimal.Parse(cumulative, System.Globalization.CultureInfo.InvariantCulture), point.ExpectedCumulative);
        Assert.Equal(decimal.Parse(low, System.Globalization.CultureInfo.InvariantCulture), point.BandLow);
        Assert.Equal(decimal.Parse(high, System.Globalization.CultureInfo.InvariantCulture), point.BandHigh);
        Assert.Equal(new DateOnly(2026, 1, 1).AddMonths(t), point.MonthStart);
    }

    [Fact]
    public void ExpectedBreakEvenMonth_Sample_IsFirstMonthAfterTroughWithNonNegativeCumulative() => Assert.Equal(4, JCurveMath.ExpectedBreakEvenMonth(Sample()));

    [Fact]
    public void ExpectedBreakEvenMonth_TroughAndMaturityAtStart_IsMonthOne()
    {
        // e = -5, 10, 10 …; E = -5, 5 → month 1.
        Assert.Equal(1, JCurveMath.ExpectedBreakEvenMonth(Sample(cost: 10m, trough: 0, depth: 5m, maturity: 0, target: 10m, tolerance: 0m)));
    }

    [Fact]
    public void ExpectedBreakEvenMonth_TargetZero_IsNull() => Assert.Null(JCurveMath.ExpectedBreakEvenMonth(Sample(target: 0m)));

    [Theory]
    [InlineData(2, "-75", JCurveStatus.InExpectedDip)]
    [InlineData(2, "-110", JCurveStatus.BelowBand)]
    [InlineData(2, "-40", JCurveStatus.Ahead)]
    [InlineData(3, "-100", JCurveStatus.BelowBand)]
    [InlineData(3, "0", JCurveStatus.PastBreakEven)]
    [InlineData(4, "0", JCurveStatus.PastBreakEven)]
    [InlineData(4, "-1", JCurveStatus.BelowBand)]
    [InlineData(1, "0", JCurveStatus.Ahead)]
    public void Status_ActualCumulative_IsClassified(int t, string actual, JCurveStatus expected) =>
        Assert.Equal(expected, JCurveMath.Status(Sample(), t, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Label_BelowBand_SaysReview() => Assert.Equal("below band — review", JCurveMath.Label(JCurveStatus.BelowBand));

    [Fact]
    public void Validate_Sample_HasNoProblems() => Assert.Empty(JCurveMath.Validate(Sample()));

    [Fact]
    public void Validate_EveryRuleBroken_ListsEveryProblem()
    {
        var bad = Sample(cost: 0m, trough: 5, depth: -1m, maturity: 3, tolerance: 1.5m) with { StartMonth = new DateOnly(2026, 1, 15), Currency = "usd" };
        var problems = JCurveMath.Validate(bad);
        Assert.Equal(6, problems.Count);
        Assert.Contains(problems, p => p.Contains("maturity month", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("first day of a month", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_NegativeTrough_IsAProblem() => Assert.Contains(JCurveMath.Validate(Sample(trough: -1)), p => p.Contains("trough month", StringComparison.Ordinal));

    [Fact]
    public void Properties_RandomDeclarations_Hold()
    {
        var random = new Random(20260101);
        for (var i = 0; i < 500; i++)
        {
            var trough = random.Next(0, 24);
            var maturity = trough + random.Next(0, 24);
            var declaration = Sample(
                cost: random.Next(1, 100_000),
                trough: trough,
                depth: random.Next(0, 50_000),
                maturity: maturity,
                target: random.Next(-1_000, 100_000),
                tolerance: random.Next(0, 101) / 100m);
            Assert.Empty(JCurveMath.Validate(declaration));
            var points = JCurveMath.Points(declaration, maturity + 6);
            foreach (var point in points)
            {
                Assert.InRange(point.ExpectedCumulative, point.BandLow, point.BandHigh);
                Assert.Equal(JCurveMath.ExpectedCumulative(declaration, point.Month), point.ExpectedCumulative);
            }

            for (var t = maturity + 1; t < points.Count; t++)
            {
                Assert.Equal(declaration.TargetMonthlyNet, points[t].ExpectedCumulative - points[t - 1].ExpectedCumulative);
            }

            if (JCurveMath.ExpectedBreakEvenMonth(declaration) is { } breakEven)
            {
                Assert.True(breakEven > trough, $"break-even {breakEven} not after trough {trough}");
                Assert.True(JCurveMath.ExpectedCumulative(declaration, breakEven) >= 0);
            }
        }
    }
}
