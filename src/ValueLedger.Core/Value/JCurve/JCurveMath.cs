namespace ValueLedger.Core.Value.JCurve;

/// <summary>
/// The J-curve arithmetic of PRODUCT.md, pure. Month index convention used throughout: t = 0 is the
/// start month itself, t = 1 the month after, and so on; so after month t, t + 1 months have elapsed.
/// <list type="bullet">
/// <item>Expected monthly net e(t): linear from 0 (t = 0) to −D (t = T); linear from −D (t = T) to V
/// (t = M); V for t &gt; M. With T = 0, e(0) = −D; with M = T, e jumps to V after T.</item>
/// <item>Expected cumulative E(t) = Σ e(0..t).</item>
/// <item>Band: E(t) ± w × C × (t + 1): the tolerance grows with the months elapsed (t + 1 at month t,
/// so the start month already has a band of w × C).</item>
/// <item>Expected break-even month: the first t &gt; T with E(t) ≥ 0, among the first
/// <see cref="Horizon"/> months (t &lt; 120); null when there is none.</item>
/// </list>
/// </summary>
public static class JCurveMath
{
    /// <summary>How many months (t = 0 … 119) the break-even search looks at.</summary>
    public const int Horizon = 120;

    /// <summary>
    /// e(t), the expected net value of month t (t ≥ 0), rounded to 18 decimal places (the ledger's money
    /// precision) so that sums of months are exact and E(t) − E(t − 1) is e(t) to the last digit.
    /// </summary>
    public static decimal ExpectedNet(JCurveDeclaration declaration, int t) => Math.Round(UnroundedNet(declaration, t), 18, MidpointRounding.ToEven);

    private static decimal UnroundedNet(JCurveDeclaration declaration, int t)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentOutOfRangeException.ThrowIfNegative(t);
        var trough = declaration.TroughMonth;
        var maturity = declaration.MaturityMonth;
        var depth = declaration.TroughDepth;
        if (t <= trough)
        {
            return trough == 0 ? -depth : -depth * t / trough;
        }

        if (t <= maturity)
        {
            return -depth + ((declaration.TargetMonthlyNet + depth) * (t - trough) / (maturity - trough));
        }

        return declaration.TargetMonthlyNet;
    }

    /// <summary>Months 0 … <paramref name="months"/> − 1 of the curve with their band.</summary>
    public static IReadOnlyList<JCurvePoint> Points(JCurveDeclaration declaration, int months)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        ArgumentOutOfRangeException.ThrowIfNegative(months);
        var points = new List<JCurvePoint>(months);
        var cumulative = 0m;
        for (var t = 0; t < months; t++)
        {
            var net = ExpectedNet(declaration, t);
            cumulative += net;
            var width = BandHalfWidth(declaration, t);
            points.Add(new JCurvePoint(t, declaration.StartMonth.AddMonths(t), net, cumulative, cumulative - width, cumulative + width));
        }

        return points;
    }

    /// <summary>E(t).</summary>
    public static decimal ExpectedCumulative(JCurveDeclaration declaration, int t)
    {
        var sum = 0m;
        for (var m = 0; m <= t; m++)
        {
            sum += ExpectedNet(declaration, m);
        }

        return sum;
    }

    /// <summary>Half the band's width at month t: w × C × (t + 1).</summary>
    public static decimal BandHalfWidth(JCurveDeclaration declaration, int t)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.Tolerance * declaration.MonthlyCost * (t + 1);
    }

    /// <summary>The band's lower edge E(t) − w × C × (t + 1).</summary>
    public static decimal BandLow(JCurveDeclaration declaration, int t) => ExpectedCumulative(declaration, t) - BandHalfWidth(declaration, t);

    /// <summary>The first month index t &gt; T with E(t) ≥ 0 (t &lt; <see cref="Horizon"/>), else null.</summary>
    public static int? ExpectedBreakEvenMonth(JCurveDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var cumulative = 0m;
        for (var t = 0; t < Horizon; t++)
        {
            cumulative += ExpectedNet(declaration, t);
            if (t > declaration.TroughMonth && cumulative >= 0)
            {
                return t;
            }
        }

        return null;
    }

    /// <summary>
    /// The status at month t from the actual cumulative net value (validated value − allocated cost,
    /// from the start month through month t). Checked in this order: below the band's lower edge →
    /// <see cref="JCurveStatus.BelowBand"/>; t &gt; T and actual ≥ 0 → <see cref="JCurveStatus.PastBreakEven"/>;
    /// above the upper edge → <see cref="JCurveStatus.Ahead"/>; else (within the band)
    /// <see cref="JCurveStatus.InExpectedDip"/>.
    /// </summary>
    public static JCurveStatus Status(JCurveDeclaration declaration, int t, decimal actualCumulative)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var expected = ExpectedCumulative(declaration, t);
        var width = BandHalfWidth(declaration, t);
        if (actualCumulative < expected - width)
        {
            return JCurveStatus.BelowBand;
        }

        if (t > declaration.TroughMonth && actualCumulative >= 0)
        {
            return JCurveStatus.PastBreakEven;
        }

        return actualCumulative > expected + width ? JCurveStatus.Ahead : JCurveStatus.InExpectedDip;
    }

    /// <summary>The status as PRODUCT.md words it.</summary>
    public static string Label(JCurveStatus status) => status switch
    {
        JCurveStatus.Ahead => "ahead",
        JCurveStatus.InExpectedDip => "in expected dip",
        JCurveStatus.BelowBand => "below band — review",
        JCurveStatus.PastBreakEven => "past break-even",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>
    /// What is wrong with a declaration, empty when valid: 0 ≤ T ≤ M, D ≥ 0, C &gt; 0, 0 ≤ w ≤ 1, the start
    /// the first day of a month, a three-letter currency.
    /// </summary>
    public static IReadOnlyList<string> Validate(JCurveDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var problems = new List<string>();
        if (declaration.TroughMonth < 0)
        {
            problems.Add($"the trough month must be 0 or more (got {declaration.TroughMonth})");
        }

        if (declaration.MaturityMonth < declaration.TroughMonth)
        {
            problems.Add($"the maturity month ({declaration.MaturityMonth}) must not be before the trough month ({declaration.TroughMonth})");
        }

        if (declaration.TroughDepth < 0)
        {
            problems.Add($"the trough depth must be 0 or more: it is the size of the monthly loss at the trough (got {declaration.TroughDepth})");
        }

        if (declaration.MonthlyCost <= 0)
        {
            problems.Add($"the monthly cost must be more than 0 (got {declaration.MonthlyCost})");
        }

        if (declaration.Tolerance is < 0 or > 1)
        {
            problems.Add($"the tolerance is a fraction from 0 to 1 (got {declaration.Tolerance})");
        }

        if (declaration.StartMonth.Day != 1)
        {
            problems.Add($"the start must be the first day of a month (got {declaration.StartMonth:yyyy-MM-dd})");
        }

        if (declaration.Currency is not { Length: 3 } || !declaration.Currency.All(char.IsAsciiLetterUpper))
        {
            problems.Add($"the currency must be an upper-case ISO 4217 code such as USD (got '{declaration.Currency}')");
        }

        return problems;
    }
}
