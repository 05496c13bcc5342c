namespace ValueLedger.Web.Value;

/// <summary>
/// A J-curve version month by month (as <c>valueledger jcurve ID --format json</c>): the version, its expected break-even month, the laggard
/// flag and per month the expected cumulative, the band and (for months begun) the actual cumulative net value and its status (kebab-case).
/// </summary>
internal sealed record JCurveDto(JCurveVersionDto Version, bool Laggard, IReadOnlyList<JCurveMonthDto> Months);

internal sealed record JCurveMonthDto(
    string Month, int MonthIndex, string ExpectedNet, string ExpectedCumulative, string BandLow, string BandHigh, string? ActualCumulative, string? Status);
