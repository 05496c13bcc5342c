using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.People;

/// <summary>
/// Shapes a <see cref="BehaviourReport"/> for the API and the pages: scoped to the initiatives the user may see, with
/// capacity conversion summed only over shown figures (a suppressed total contributes nothing and is counted as left out).
/// </summary>
internal static class BehaviourView
{
    /// <summary>The report limited to <paramref name="visible"/> initiative ids (and to <paramref name="only"/> when given).</summary>
    public static BehaviourReport Scoped(BehaviourReport report, IReadOnlySet<string> visible, string? only) =>
        report with { Initiatives = [.. report.Initiatives.Where(i => visible.Contains(i.Initiative) && (only is null || i.Initiative == only))] };

    public static BehaviourDto Dto(BehaviourReport report) => new(
        BehaviourServices.Text(report.From), BehaviourServices.Text(report.To), report.K,
        [.. report.Initiatives.Select(Initiative)], Conversion(report.Initiatives));

    /// <summary>The reliance signal of the latest month with one shown (null when none is).</summary>
    public static RelianceSignal? LatestReliance(InitiativeBehaviour initiative) =>
        initiative.Months.LastOrDefault(m => m.Reliance is not (RelianceSignal.NoData or RelianceSignal.BelowThreshold))?.Reliance;

    public static CapacityConversionDto Conversion(IReadOnlyList<InitiativeBehaviour> initiatives)
    {
        var shown = initiatives.Where(i => i.CapacityTotal.State == CellState.Value).Select(i => i.CapacityTotal).ToList();
        return new CapacityConversionDto(
            shown.Sum(c => c.HoursSaved ?? 0m), shown.Sum(c => c.HoursRedeployed ?? 0m),
            shown.Sum(c => c.HoursCostReduced ?? 0m), shown.Sum(c => c.HoursNotCaptured ?? 0m),
            shown.Count, initiatives.Count(i => i.CapacityTotal.State == CellState.BelowThreshold));
    }

    public static CapacityMonthDto Capacity(CapacityMonth c, bool total = false)
    {
        var shown = c.State == CellState.Value;
        return new CapacityMonthDto(
            total ? null : BehaviourServices.Text(c.Month), KebabCase.Of(c.State), shown ? c.People : null,
            shown ? c.HoursSaved : null, shown ? c.HoursRedeployed : null, shown ? c.HoursCostReduced : null, shown ? c.HoursNotCaptured : null);
    }

    private static InitiativeBehaviourDto Initiative(InitiativeBehaviour i) => new(
        i.Initiative, i.Name, i.BusinessUnit, KebabCase.Of(i.ReviewBurden), LatestReliance(i) is { } r ? KebabCase.Of(r) : null,
        [.. i.Months.Select(Month)], [.. i.Capacity.Select(c => Capacity(c))], Capacity(i.CapacityTotal, total: true),
        Money.Exact(i.ValidatedValue), Money.Exact(i.AllocatedCost), i.Currency);

    private static BehaviourMonthDto Month(BehaviourMonth m) => new(
        BehaviourServices.Text(m.Month), m.OverrideRate, m.ErrorRate, KebabCase.Of(m.Reliance),
        m.ReviewMinutesPerOutput, m.Trust, m.Learning);
}
