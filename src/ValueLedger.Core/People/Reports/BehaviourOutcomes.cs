using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Behavioural outcomes of one initiative by month (PRODUCT.md "Behavioural outcomes"). Review and capacity records
/// spanning months are spread by days (<see cref="DaySpread"/>); a month's people are the most any of its records
/// names (records of one initiative are mostly the same reviewers, and the larger of them never under-counts a
/// group as big enough when a sum might).
/// <list type="bullet">
/// <item>override rate = overrides ÷ reviewed × 100; error rate = AI errors ÷ reviewed × 100;</item>
/// <item>reliance: over-reliance when the override rate is more than <see cref="TolerancePoints"/> points below
/// the error rate (errors pass unchallenged), under-reliance when more than that above it, else calibrated;</item>
/// <item>review minutes per output = review minutes ÷ reviewed outputs; the review-burden trend compares the first
/// and last shown month: rising or falling beyond ±<see cref="TrendPercent"/> %, else flat.</item>
/// </list>
/// </summary>
internal static class BehaviourOutcomes
{
    /// <summary>Override rate within this many percentage points of the error rate = calibrated.</summary>
    public const decimal TolerancePoints = BehaviourThresholds.TolerancePoints;

    /// <summary>A relative change beyond this many per cent is a trend.</summary>
    public const decimal TrendPercent = BehaviourThresholds.TrendPercent;

    /// <summary>Review figures of one month: people, outputs, reviewed, minutes, overrides, errors.</summary>
    public sealed record ReviewMonth(int People, decimal Outputs, decimal Reviewed, decimal Minutes, decimal Overrides, decimal Errors);

    public static Dictionary<DateOnly, ReviewMonth> Reviews(IEnumerable<ReviewRecord> records)
    {
        var months = new Dictionary<DateOnly, ReviewMonth>();
        foreach (var record in records)
        {
            foreach (var (month, v) in DaySpread.ByMonth(record.PeriodStart, record.PeriodEnd, record.Outputs, record.Reviewed, record.ReviewMinutes, record.Overrides, record.AiErrors))
            {
                months[month] = months.TryGetValue(month, out var seen)
                    ? new ReviewMonth(Math.Max(seen.People, record.People), seen.Outputs + v[0], seen.Reviewed + v[1], seen.Minutes + v[2], seen.Overrides + v[3], seen.Errors + v[4])
                    : new ReviewMonth(record.People, v[0], v[1], v[2], v[3], v[4]);
            }
        }

        return months;
    }

    public static Dictionary<DateOnly, (int People, decimal Saved, decimal Redeployed, decimal CostReduced)> Capacity(IEnumerable<CapacityRecord> records)
    {
        var months = new Dictionary<DateOnly, (int, decimal, decimal, decimal)>();
        foreach (var record in records)
        {
            foreach (var (month, v) in DaySpread.ByMonth(record.PeriodStart, record.PeriodEnd, record.HoursSaved, record.HoursRedeployed, record.HoursCostReduced))
            {
                months[month] = months.TryGetValue(month, out var seen)
                    ? (Math.Max(seen.Item1, record.People), seen.Item2 + v[0], seen.Item3 + v[1], seen.Item4 + v[2])
                    : (record.People, v[0], v[1], v[2]);
            }
        }

        return months;
    }

    /// <summary>One month's override and error rates, reliance and review minutes per output, each over the month's reviewers.</summary>
    public static (PeopleMeasure Override, PeopleMeasure Error, RelianceSignal Reliance, PeopleMeasure MinutesPerOutput) Rates(ReviewMonth? month, int k)
    {
        if (month is null || month.Reviewed <= 0)
        {
            return (PeopleMeasure.NoData, PeopleMeasure.NoData, RelianceSignal.NoData, PeopleMeasure.NoData);
        }

        var overrides = PeopleMeasure.Of(Round(month.Overrides * 100 / month.Reviewed), month.People, k);
        var errors = PeopleMeasure.Of(Round(month.Errors * 100 / month.Reviewed), month.People, k);
        var minutes = PeopleMeasure.Of(Round(month.Minutes / month.Reviewed), month.People, k);
        return (overrides, errors, Reliance(overrides, errors), minutes);
    }

    public static RelianceSignal Reliance(PeopleMeasure overrides, PeopleMeasure errors) =>
        overrides.Shown is not { } o || errors.Shown is not { } e
            ? (overrides.State == CellState.NoData || errors.State == CellState.NoData ? RelianceSignal.NoData : RelianceSignal.BelowThreshold)
            : o < e - TolerancePoints ? RelianceSignal.OverReliance
            : o > e + TolerancePoints ? RelianceSignal.UnderReliance
            : RelianceSignal.Calibrated;

    /// <summary>First against last shown value: beyond ±<see cref="TrendPercent"/> % relative change is a trend.</summary>
    public static TrendDirection Trend(IEnumerable<decimal?> series)
    {
        var shown = series.OfType<decimal>().ToList();
        if (shown.Count < 2)
        {
            return TrendDirection.NotEnoughData;
        }

        var (first, last) = (shown[0], shown[^1]);
        if (first == 0)
        {
            return last == 0 ? TrendDirection.Flat : TrendDirection.Rising;
        }

        var change = (last - first) * 100 / Math.Abs(first);
        return change > TrendPercent ? TrendDirection.Rising : change < -TrendPercent ? TrendDirection.Falling : TrendDirection.Flat;
    }

    /// <summary>A capacity month as shown: every figure null below k people or without records.</summary>
    public static CapacityMonth CapacityShown(DateOnly month, (int People, decimal Saved, decimal Redeployed, decimal CostReduced)? figures, int k)
    {
        if (figures is not { } f || f.People <= 0)
        {
            return new CapacityMonth(month, CellState.NoData, null, null, null, null, null);
        }

        return f.People < k
            ? new CapacityMonth(month, CellState.BelowThreshold, null, null, null, null, null)
            : new CapacityMonth(month, CellState.Value, f.People, Round2(f.Saved), Round2(f.Redeployed), Round2(f.CostReduced), Round2(Math.Max(0m, f.Saved - f.Redeployed - f.CostReduced)));
    }

    /// <summary>Totals over the shown months (people: the most in any shown month); below threshold when none is shown but some are hidden.</summary>
    public static CapacityMonth CapacityTotal(DateOnly from, IReadOnlyList<CapacityMonth> months)
    {
        var shown = months.Where(m => m.State == CellState.Value).ToList();
        if (shown.Count == 0)
        {
            var state = months.Any(m => m.State == CellState.BelowThreshold) ? CellState.BelowThreshold : CellState.NoData;
            return new CapacityMonth(from, state, null, null, null, null, null);
        }

        return new CapacityMonth(
            from, CellState.Value, shown.Max(m => m.People), shown.Sum(m => m.HoursSaved), shown.Sum(m => m.HoursRedeployed),
            shown.Sum(m => m.HoursCostReduced), shown.Sum(m => m.HoursNotCaptured));
    }

    private static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);

    private static decimal Round2(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
