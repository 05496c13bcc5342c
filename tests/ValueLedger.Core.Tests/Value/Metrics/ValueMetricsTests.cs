using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Core.Tests.Value.Metrics;

public sealed class ValueMetricsTests
{
    [Theory]
    [InlineData("30", "120", "0.25")]
    [InlineData("0", "50", "0")]
    [InlineData("50", "50", "1")]
    public void AttributionCoverage_CostInPeriod_IsNumeratorOverGross(string attributed, string gross, string expected) =>
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ValueMetrics.AttributionCoverage(Dec(attributed), Dec(gross)));

    [Fact]
    public void AttributionCoverage_NoCost_IsNull() => Assert.Null(ValueMetrics.AttributionCoverage(0, 0));

    [Fact]
    public void AttributionCoverage_NumeratorAboveGross_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ValueMetrics.AttributionCoverage(2, 1));

    [Fact]
    public void AttributedGross_MixedRows_CountsOnlyValidatedInitiatives()
    {
        InitiativeMonth[] rows =
        [
            Row("sales", "copilot", gross: 100),
            Row("sales", "drafts", gross: 40),
            Row("sales", null, gross: 10),
            Row(null, null, gross: 50),
        ];
        var validated = new HashSet<string>(StringComparer.Ordinal) { "copilot" };

        Assert.Equal(100m, ValueMetrics.AttributedGross(rows, validated));
        Assert.Equal(200m, ValueMetrics.GrossInScope(rows));
        Assert.Equal(0.5m, ValueMetrics.AttributionCoverage(100m, 200m));
    }

    [Theory]
    [InlineData("1000", "40", "25")]
    [InlineData("-30", "3", "-10")]
    public void CostPerSuccessfulOutcome_WithOutcomes_IsCostOverCount(string cost, string successful, string expected) =>
        Assert.Equal(Dec(expected), ValueMetrics.CostPerSuccessfulOutcome(Dec(cost), Dec(successful)));

    [Fact]
    public void CostPerSuccessfulOutcome_NoOutcome_IsNullNotInfinity() => Assert.Null(ValueMetrics.CostPerSuccessfulOutcome(500, 0));

    [Fact]
    public void ValueRealisedNetAndRoi_HandComputed()
    {
        var value = ValueMetrics.ValueRealised([1200m, 300m]);
        var net = ValueMetrics.NetValue(value, 1000m);

        Assert.Equal(1500m, value);
        Assert.Equal(500m, net);
        Assert.Equal(0.5m, ValueMetrics.Roi(net, 1000m));
        Assert.Equal(-1000m, ValueMetrics.NetValue(0, 1000m));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    public void Roi_ZeroOrNegativeCost_IsNull(string cost) => Assert.Null(ValueMetrics.Roi(10, Dec(cost)));

    [Fact]
    public void SuccessRate_HandComputed() => Assert.Equal(0.75m, ValueMetrics.SuccessRate(30, 10));

    [Fact]
    public void SuccessRate_NoOutcome_IsNull() => Assert.Null(ValueMetrics.SuccessRate(0, 0));

    [Fact]
    public void TokensPerValidatedOutcome_HandComputedAndUndefined()
    {
        Assert.Equal(2500m, ValueMetrics.TokensPerValidatedOutcome(100_000, 40));
        Assert.Null(ValueMetrics.TokensPerValidatedOutcome(100_000, 0));
    }

    [Fact]
    public void ChangeInPointsAndRelativeChange_UndefinedInputs_StayNull()
    {
        Assert.Equal(15m, ValueMetrics.ChangeInPoints(0.40m, 0.25m));
        Assert.Null(ValueMetrics.ChangeInPoints(0.4m, null));
        Assert.Equal(-0.2m, ValueMetrics.RelativeChange(40m, 50m));
        Assert.Null(ValueMetrics.RelativeChange(40m, 0m));
        Assert.Null(ValueMetrics.RelativeChange(null, 1m));
    }

    [Fact]
    public void MetricCatalogue_ActivityMetrics_AreNeverScored()
    {
        Assert.All(MetricCatalogue.All.Where(m => m.Rung == LadderRung.Activity), m => Assert.False(m.Scored));
        Assert.Equal(LadderRung.Activity, MetricCatalogue.TokensPerValidatedOutcome.Rung);
        Assert.True(MetricCatalogue.AttributionCoverage.Scored);
        Assert.Equal(MetricCatalogue.All.Count, MetricCatalogue.All.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Same(MetricCatalogue.Roi, MetricCatalogue.Find("roi"));
        Assert.Equal("outcome", KebabCase.Of(MetricCatalogue.CostPerSuccessfulOutcome.Rung));
    }

    internal static InitiativeMonth Row(string? bu, string? initiative, decimal gross, decimal? net = null, string currency = "USD") =>
        new(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), bu, initiative, currency, net ?? gross, gross, 0, 0, 0);

    private static decimal Dec(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
