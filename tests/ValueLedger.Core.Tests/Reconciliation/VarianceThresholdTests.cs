using ValueLedger.Core.Reconciliation;

namespace ValueLedger.Core.Tests.Reconciliation;

public sealed class VarianceThresholdTests
{
    [Fact]
    public void Default_IsFivePercentAndOneUnit()
    {
        Assert.Equal(new VarianceThreshold(0.05m, 1.00m), VarianceThreshold.Default);
    }

    [Theory]
    [InlineData("5%", "0.05")]
    [InlineData("12.5 %", "0.125")]
    [InlineData("150%", "1.5")]
    [InlineData("0.05", "0.05")]
    [InlineData("0", "0")]
    [InlineData("1", "1")]
    public void TryParseRelative_PercentOrFraction_GivesFraction(string text, string expected)
    {
        Assert.True(VarianceThreshold.TryParseRelative(text, out var fraction, out var error), error);
        Assert.Equal(ReconciliationRulesTests.D(expected), fraction);
    }

    [Theory]
    [InlineData("5", "ambiguous")]
    [InlineData("abc", "not a threshold")]
    [InlineData("-5%", "not a threshold")]
    [InlineData("5,5%", "not a threshold")]
    [InlineData("", "not a threshold")]
    public void TryParseRelative_Bad_ExplainsWhy(string text, string reason)
    {
        Assert.False(VarianceThreshold.TryParseRelative(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("0.50", "0.50")]
    [InlineData("0", "0")]
    public void TryParseAmount_NonNegative_Parses(string text, string expected)
    {
        Assert.True(VarianceThreshold.TryParseAmount(text, out var amount, out _));
        Assert.Equal(ReconciliationRulesTests.D(expected), amount);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("1,5")]
    [InlineData("one")]
    public void TryParseAmount_Bad_IsRefused(string text)
    {
        Assert.False(VarianceThreshold.TryParseAmount(text, out _, out var error));
        Assert.Contains("not an amount", error, StringComparison.Ordinal);
    }
}
