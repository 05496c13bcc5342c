namespace ValueLedger.Core.Value.JCurve;

/// <summary>
/// One month of a declared J-curve: month index <see cref="Month"/> (0 = the start month), expected
/// monthly net value e(t), expected cumulative E(t) = e(0) + … + e(t), and the band
/// [E(t) − w × C × (t + 1), E(t) + w × C × (t + 1)]. Money in the declaration's currency.
/// </summary>
public sealed record JCurvePoint(int Month, DateOnly MonthStart, decimal ExpectedNet, decimal ExpectedCumulative, decimal BandLow, decimal BandHigh);
