namespace ValueLedger.Web.Charts;

/// <summary>One line of a <see cref="LineChart"/>: a value per x label (null = no point, the line breaks).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values, bool Dashed = false);
