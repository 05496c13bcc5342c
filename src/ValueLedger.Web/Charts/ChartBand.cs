namespace ValueLedger.Web.Charts;

/// <summary>A shaded band between two bounds per x label (e.g. the J-curve's tolerance band).</summary>
public sealed record ChartBand(string Name, IReadOnlyList<decimal?> Lower, IReadOnlyList<decimal?> Upper);
