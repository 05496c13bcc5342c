using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Tests;

/// <summary>
/// PRODUCT.md's J-curve, written out independently for the story's tests: expected monthly net value
/// 0 → −D over months [0, T], −D → V over [T, M], V after; E(t) = its sum over months 0..t; band E(t) ± w·C·t;
/// break-even = the first month after T with E(t) ≥ 0.
/// </summary>
internal static class DemoValueJCurveMath
{
    public static decimal MonthlyNet(JCurveDeclaration j, int t) =>
        t <= j.TroughMonth ? -j.TroughDepth * t / j.TroughMonth
        : t <= j.MaturityMonth ? -j.TroughDepth + ((j.TargetMonthlyNet + j.TroughDepth) * (t - j.TroughMonth) / (j.MaturityMonth - j.TroughMonth))
        : j.TargetMonthlyNet;

    public static decimal Cumulative(JCurveDeclaration j, int t) => Enumerable.Range(0, t + 1).Sum(k => MonthlyNet(j, k));

    public static decimal BandHalfWidth(JCurveDeclaration j, int t) => j.Tolerance * j.MonthlyCost * t;

    public static int BreakEvenMonth(JCurveDeclaration j)
    {
        for (var t = j.TroughMonth + 1; t < 600; t++)
        {
            if (Cumulative(j, t) >= 0m)
            {
                return t;
            }
        }

        throw new InvalidOperationException("never breaks even");
    }
}
