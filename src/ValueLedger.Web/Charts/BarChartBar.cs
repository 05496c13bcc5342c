namespace ValueLedger.Web.Charts;

/// <summary>One bar: its label and exact value (the bar's length is geometry only).</summary>
public sealed record BarChartBar(string Label, decimal Value);
