namespace ValueLedger.Web.Charts;

/// <summary>
/// What <see cref="BarChart"/> draws: one horizontal bar per label (values in one unit, e.g. one currency: never
/// mixed), the unit shown beside every value, and a one-sentence description for screen readers.
/// </summary>
public sealed record BarChartModel(string Title, string Description, IReadOnlyList<BarChartBar> Bars, string Unit);
