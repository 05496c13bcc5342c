using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.People;

namespace ValueLedger.Web.Pages.People;

/// <summary>
/// What the behaviour pages render: the scoped report, the range <c>[FromMonth, ToMonth)</c> (YYYY-MM, to excluded, as in the
/// query) and the capacity conversion across the shown initiatives.
/// </summary>
public sealed record BehaviourPageModel(BehaviourReport Report, string FromMonth, string ToMonth)
{
    internal CapacityConversionDto Conversion { get; } = BehaviourView.Conversion(Report.Initiatives);

    /// <summary>The last month shown (the month before <see cref="ToMonth"/>).</summary>
    public string LastMonth => BehaviourServices.Text(Report.To.AddMonths(-1));

    public static string Month(DateOnly month) => BehaviourServices.Text(month);

    public static string Hours(decimal? hours) => hours is { } h ? Money.Exact(h) : "n/a";

    public static string Words(RelianceSignal? signal) => signal switch
    {
        RelianceSignal.OverReliance => "over-reliance",
        RelianceSignal.UnderReliance => "under-reliance",
        RelianceSignal.Calibrated => "calibrated",
        RelianceSignal.BelowThreshold => "below threshold",
        RelianceSignal.NoData => "no data",
        _ => "no signal yet",
    };

    /// <summary>What a reliance signal means, in a sentence (so colour is never the only signal).</summary>
    public static string Explain(RelianceSignal? signal) => signal switch
    {
        RelianceSignal.OverReliance => "people override less often than the AI is wrong: errors pass review",
        RelianceSignal.UnderReliance => "people override more often than the AI is wrong: review effort is wasted",
        RelianceSignal.Calibrated => "overrides track the AI's error rate",
        _ => string.Empty,
    };

    public static string Trend(TrendDirection trend) => trend switch
    {
        TrendDirection.Rising => "↑ rising (more review per output)",
        TrendDirection.Falling => "↓ falling (less review per output)",
        TrendDirection.Flat => "→ flat",
        _ => "not enough data",
    };

    public static string TrendClass(TrendDirection trend) => trend switch
    {
        TrendDirection.Rising => "bad",
        TrendDirection.Falling => "good",
        _ => "muted",
    };

    public static string RelianceClass(RelianceSignal? signal) => signal switch
    {
        RelianceSignal.OverReliance or RelianceSignal.UnderReliance => "reliance-off",
        RelianceSignal.Calibrated => "reliance-calibrated",
        _ => "muted",
    };

    public static string PeopleAttribute(PeopleMeasure measure) => BehaviourCells.Attribute(measure.State, measure.People);

    public static string PeopleAttribute(CapacityMonth capacity) => BehaviourCells.Attribute(capacity.State, capacity.People ?? 0);

    public static string StateWords(CellState state) => state == CellState.BelowThreshold ? "below threshold" : "no data";
}
