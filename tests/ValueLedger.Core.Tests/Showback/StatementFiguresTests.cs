using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;

namespace ValueLedger.Core.Tests.Showback;

public sealed class StatementFiguresTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("100", "80", "20", "25")]
    [InlineData("60", "80", "-20", "-25")]
    [InlineData("10", "-20", "30", "150")] // a credit month before: change relative to its size
    [InlineData("5", "0", "5", null)] // previous month 0: percent undefined, never infinite
    [InlineData("5", null, "5", null)] // previous month absent
    [InlineData("0", "8", "-8", "-100")]
    public void StatementTotal_Of_ChangeAndPercent(string amount, string? previous, string change, string? percent)
    {
        var total = StatementTotal.Of("USD", D(amount), D(amount), 0m, previous is null ? null : D(previous));

        Assert.Equal(D(change), total.Change);
        Assert.Equal(percent is null ? null : D(percent), total.ChangePercent);
    }

    [Fact]
    public void BillingState_ChargebackAcknowledgedByDeclaredOwner_Billable()
    {
        var state = BuBillingState.Of(Unit(BillingMode.Chargeback), new BuAcknowledgement("finance", "cfo", Noon, null));

        Assert.Equal(StatementStatus.Billable, state.Status);
        Assert.Equal(BillingMode.Chargeback, state.EffectiveMode);
    }

    [Fact]
    public void BillingState_ChargebackAcknowledgedBySomeoneElse_InformationalSayingWhy()
    {
        var state = BuBillingState.Of(Unit(BillingMode.Chargeback), new BuAcknowledgement("finance", "old-cfo", Noon, null));

        Assert.Equal(StatementStatus.Informational, state.Status);
        Assert.Contains("not the declared owner cfo", state.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void BillingState_ShowbackAcknowledged_StaysInformationalWithoutNote()
    {
        var state = BuBillingState.Of(Unit(BillingMode.Showback), new BuAcknowledgement("finance", "cfo", Noon, null));

        Assert.Equal(BillingMode.Showback, state.EffectiveMode);
        Assert.Null(state.Note);
    }

    [Fact]
    public void LatestPerBu_SameInstantTwice_TheLaterInHistoryCounts()
    {
        var latest = BuAcknowledgement.LatestPerBu(
        [
            new BuAcknowledgement("finance", "a", Noon, null),
            new BuAcknowledgement("finance", "b", Noon, null),
            new BuAcknowledgement("finance", "c", Noon.AddDays(-1), null),
        ]);

        Assert.Equal("b", latest["finance"].Owner);
    }

    private static BusinessUnit Unit(BillingMode mode) => new("finance", "Finance", "cfo", mode, SourceLocation.None);

    private static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
