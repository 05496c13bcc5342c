using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Core.Tests.Value.JCurve;

public sealed class LaggardsTests
{
    // Sample: break-even month 4; grace 3 → month 8 is the first that can flag. E(8) = 50 + 4 × 100 = 450; low = 450 − 0.1 × 100 × 9 = 360.
    [Theory]
    [InlineData(7, "0", false, false)]
    [InlineData(8, "300", true, true)]
    [InlineData(8, "360", true, false)]
    [InlineData(8, "359", true, true)]
    [InlineData(8, "400", false, true)]
    [InlineData(3, "-1000", true, false)]
    public void IsLaggard_Sample_FlagsOnlyPastBreakEvenPlusGrace(int month, string actual, bool hasValidated, bool expected) =>
        Assert.Equal(expected, Laggards.IsLaggard(JCurveMathTests.Sample(), month, decimal.Parse(actual, System.Globalization.CultureInfo.InvariantCulture), hasValidated));

    [Fact]
    public void IsLaggard_GraceZero_FlagsTheMonthAfterBreakEven() =>
        Assert.True(Laggards.IsLaggard(JCurveMathTests.Sample(), 5, 0m, hasValidatedOutcome: false, graceMonths: 0));

    [Fact]
    public void IsLaggard_NoBreakEvenWithinHorizon_NeverFlags() =>
        Assert.False(Laggards.IsLaggard(JCurveMathTests.Sample(target: 0m), 119, -1_000_000m, hasValidatedOutcome: false));
}
