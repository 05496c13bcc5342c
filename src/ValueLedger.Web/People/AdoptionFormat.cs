using System.Globalization;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

/// <summary>
/// How the people pages print a cell: a number, or the words "below threshold" / "no data" (never colour alone), a CSS
/// class for each state, and the <c>data-people-count</c> mark the privacy walker checks: the people behind a shown
/// cell, <c>suppressed</c>, or <c>no-data</c>.
/// </summary>
public static class AdoptionFormat
{
    public const string BelowThreshold = "below threshold";
    public const string NoData = "no data";

    public static string Text(PeopleCount count) => count.Shown?.ToString("#,##0", CultureInfo.InvariantCulture) ?? Words(count.State);

    /// <summary>A share or mean 0–100 with one decimal and its unit (e.g. <c>41.5 %</c>), else the state in words.</summary>
    public static string Text(PeopleMeasure measure, string unit = " %") =>
        measure.Shown is { } value ? Round(value) + unit : Words(measure.State);

    public static string Mark(PeopleCount count) => count.Shown?.ToString(CultureInfo.InvariantCulture) ?? Mark(count.State);

    public static string Mark(PeopleMeasure measure) =>
        measure.State == CellState.Value ? measure.People.ToString(CultureInfo.InvariantCulture) : Mark(measure.State);

    public static string Mark(CellState state) => state switch
    {
        CellState.Value => "value",
        CellState.BelowThreshold => "suppressed",
        _ => "no-data",
    };

    public static string? Class(CellState state) => state switch
    {
        CellState.BelowThreshold => "people-suppressed",
        CellState.NoData => "people-nodata",
        _ => null,
    };

    public static string Words(CellState state) => state == CellState.BelowThreshold ? BelowThreshold : NoData;

    /// <summary>One decimal, invariant (41.46 → 41.5); whole numbers without decimals.</summary>
    public static string Round(decimal value) => InvariantText.Exact(decimal.Round(value, 1, MidpointRounding.AwayFromZero));

    /// <summary>Percentage points with a sign (+12.5 / −3), or "n/a" when either side is not shown.</summary>
    public static string Points(decimal? points) =>
        points is { } p ? (p > 0 ? "+" : string.Empty) + Round(p) + " points" : "n/a";
}
