using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Web.Value;

/// <summary>
/// One J-curve version month by month as <c>valueledger jcurve ID</c> computes it (Core <see cref="JCurveMath"/>, <see cref="JCurveActuals"/>,
/// <see cref="Laggards"/>): expected cumulative, the band, the actual cumulative net value (validated value − allocated cost, in the
/// declaration's currency; null for months not yet begun) and the status of each month with an actual.
/// </summary>
public sealed record JCurveFigures(JCurveDeclaration Declaration, IReadOnlyList<JCurvePoint> Points, IReadOnlyList<decimal?> Actuals, IReadOnlyList<JCurveStatus?> Statuses, bool Laggard)
{
    /// <summary>The status of the latest month with an actual, or null when none has begun.</summary>
    public JCurveStatus? LatestStatus => Statuses.LastOrDefault(s => s is not null);

    /// <summary>The version the CLI shows by default: the latest signed, else the latest; null when none is declared.</summary>
    public static JCurveDeclaration? Pick(InitiativeState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.SignedJCurve ?? (state.JCurves.Count == 0 ? null : state.JCurves[^1]);
    }

    /// <summary>Through maturity and break-even plus four months, at least 12 (as the CLI).</summary>
    public static int DefaultMonths(JCurveDeclaration declaration) =>
        Math.Min(JCurveMath.Horizon, Math.Max(12, Math.Max(declaration.MaturityMonth, JCurveMath.ExpectedBreakEvenMonth(declaration) ?? 0) + 4));

    /// <summary>The figures from the initiative's outcome records, agreements and allocated months (other initiatives' rows are ignored).</summary>
    public static JCurveFigures Build(
        JCurveDeclaration declaration, DateOnly today, IReadOnlyList<OutcomeRecord> records, IReadOnlyList<AttributionAgreement> agreements, IReadOnlyList<InitiativeMonth> costs)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var months = DefaultMonths(declaration);
        var mine = records.Where(r => r.Claim.Initiative == declaration.Initiative).ToList();
        var actuals = JCurveActuals.Cumulative(declaration, months, today, mine, agreements, costs);
        var statuses = actuals.Select((a, t) => a is { } value ? JCurveMath.Status(declaration, t, value) : (JCurveStatus?)null).ToList();
        var last = actuals.Select((a, t) => (a, t)).LastOrDefault(x => x.a is not null);
        var laggard = last.a is { } actual && Laggards.IsLaggard(declaration, last.t, actual, JCurveActuals.HasValidatedOutcome(declaration, mine));
        return new JCurveFigures(declaration, JCurveMath.Points(declaration, months), actuals, statuses, laggard);
    }
}
