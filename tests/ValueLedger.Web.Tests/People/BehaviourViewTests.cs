using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.People;

namespace ValueLedger.Web.Tests.People;

/// <summary>Capacity conversion sums only shown figures; scoping drops initiatives the user may not see; the latest reliance signal skips suppressed months.</summary>
public sealed class BehaviourViewTests
{
    private static readonly DateOnly Jan = new(2026, 1, 1);

    private static InitiativeBehaviour Initiative(string id, CapacityMonth total, params RelianceSignal[] signals) => new(
        id, id.ToUpperInvariant(), "bu-" + id,
        [.. signals.Select((s, i) => new BehaviourMonth(Jan.AddMonths(i), PeopleMeasure.NoData, PeopleMeasure.NoData, s, PeopleMeasure.NoData, PeopleMeasure.NoData, PeopleMeasure.NoData))],
        [], TrendDirection.Flat, total, 100.5m, 40m, "EUR");

    private static CapacityMonth Shown(decimal saved, decimal redeployed, decimal reduced) =>
        new(Jan, CellState.Value, 6, saved, redeployed, reduced, saved - redeployed - reduced);

    [Fact]
    public void Conversion_OneInitiativeBelowThreshold_SumsOnlyShownAndCountsTheOtherOut()
    {
        var initiatives = new[]
        {
            Initiative("a", Shown(120.5m, 40m, 20.25m)),
            Initiative("b", Shown(10m, 0m, 10m)),
            Initiative("c", new CapacityMonth(Jan, CellState.BelowThreshold, null, null, null, null, null)),
            Initiative("d", new CapacityMonth(Jan, CellState.NoData, null, null, null, null, null)),
        };
        var conversion = BehaviourView.Conversion(initiatives);
        Assert.Equal(130.5m, conversion.HoursSaved);
        Assert.Equal(40m, conversion.HoursRedeployed);
        Assert.Equal(30.25m, conversion.HoursCostReduced);
        Assert.Equal(60.25m, conversion.HoursNotCaptured);
        Assert.Equal(2, conversion.InitiativesShown);
        Assert.Equal(1, conversion.InitiativesBelowThreshold);
    }

    [Fact]
    public void Capacity_BelowThreshold_NoFigureAtAll()
    {
        var dto = BehaviourView.Capacity(new CapacityMonth(Jan, CellState.BelowThreshold, null, null, null, null, null));
        Assert.Equal("below-threshold", dto.State);
        Assert.Null(dto.People);
        Assert.Null(dto.HoursSaved);
        Assert.Null(dto.HoursNotCaptured);
        Assert.Equal("2026-01", dto.Month);
    }

    [Fact]
    public void Scoped_OnlyVisibleInitiatives_Kept()
    {
        var report = new BehaviourReport(Jan, Jan.AddMonths(1), 5, [Initiative("a", Shown(1m, 0m, 0m)), Initiative("b", Shown(1m, 0m, 0m))]);
        var scoped = BehaviourView.Scoped(report, new HashSet<string>(["b"], StringComparer.Ordinal), null);
        Assert.Equal(["b"], scoped.Initiatives.Select(i => i.Initiative));
    }

    [Fact]
    public void LatestReliance_LastMonthsSuppressed_TakesTheLatestShownSignal()
    {
        var i = Initiative("a", Shown(1m, 0m, 0m), RelianceSignal.Calibrated, RelianceSignal.OverReliance, RelianceSignal.BelowThreshold, RelianceSignal.NoData);
        Assert.Equal(RelianceSignal.OverReliance, BehaviourView.LatestReliance(i));
        Assert.Equal("over-reliance", BehaviourView.Dto(new BehaviourReport(Jan, Jan.AddMonths(4), 5, [i])).Initiatives[0].Reliance);
    }
}
