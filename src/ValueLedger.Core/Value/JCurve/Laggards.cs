namespace ValueLedger.Core.Value.JCurve;

/// <summary>
/// PRODUCT.md "Laggard": an initiative past its expected break-even month + grace whose actual
/// cumulative net value is below the band's lower edge, or that has no validated outcome at all.
/// </summary>
public static class Laggards
{
    public const int DefaultGraceMonths = 3;

    /// <summary>
    /// True when month index <paramref name="monthIndex"/> (0 = the declaration's start month) is after
    /// the expected break-even month + <paramref name="graceMonths"/> (strictly: at break-even 10 and grace 3,
    /// month 14 is the first that can flag) and either <paramref name="hasValidatedOutcome"/> is false or
    /// <paramref name="actualCumulative"/> (validated value − allocated cost through that month) is below the
    /// band's lower edge. A curve with no break-even within <see cref="JCurveMath.Horizon"/> months never flags.
    /// </summary>
    public static bool IsLaggard(JCurveDeclaration declaration, int monthIndex, decimal actualCumulative, bool hasValidatedOutcome, int graceMonths = DefaultGraceMonths)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentOutOfRangeException.ThrowIfNegative(graceMonths);
        if (JCurveMath.ExpectedBreakEvenMonth(declaration) is not { } breakEven || monthIndex <= breakEven + graceMonths)
        {
            return false;
        }

        return !hasValidatedOutcome || actualCumulative < JCurveMath.BandLow(declaration, monthIndex);
    }
}
