namespace ValueLedger.Web.Charts;

/// <summary>
/// What <see cref="LineChart"/> draws: categories along x (months), up to five series and an optional band,
/// the unit of y (shown on the axis and in the data table), and a one-sentence description for screen readers.
/// </summary>
public sealed record LineChartModel(string Title, string Description, IReadOnlyList<string> XLabels, IReadOnlyList<ChartSeries> Series, string YUnit)
{
    public ChartBand? Band { get; init; }

    /// <summary>Draw a horizontal line at zero when the values cross it (net value, J-curves).</summary>
    public bool ZeroLine { get; init; } = true;
}
