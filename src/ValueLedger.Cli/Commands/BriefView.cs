using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Lifecycle;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The facts and sentences of the sponsor brief (<c>valueledger brief ID</c>), computed once for every output
/// form: the initiative, one J-curve version (signed, else marked as a draft), its lag, dip, band and laggard
/// rule, the agreed attribution method, the readiness controls, the metrics it will be judged on and the
/// expected curve month by month. Money in the declaration's currency; month names are UTC calendar months.
/// </summary>
internal sealed record BriefView(InitiativeState State, JCurveDeclaration Declaration, IReadOnlyList<JCurvePoint> Points, int? BreakEvenMonth)
{
    /// <summary>The metrics the scoreboard judges (outcome and value rungs).</summary>
    public static IReadOnlyList<MetricDefinition> JudgedMetrics { get; } = [MetricCatalogue.AttributionCoverage, MetricCatalogue.CostPerSuccessfulOutcome, MetricCatalogue.NetValue];

    /// <summary>Activity metrics: shown next to the scoreboard, never scored.</summary>
    public static IReadOnlyList<MetricDefinition> ShownMetrics { get; } = [MetricCatalogue.Requests, MetricCatalogue.Tokens, MetricCatalogue.TokensPerValidatedOutcome];

    public static BriefView Create(InitiativeState state, JCurveDeclaration declaration)
    {
        var breakEven = JCurveMath.ExpectedBreakEvenMonth(declaration);
        var months = Math.Min(JCurveMath.Horizon, Math.Max(12, Math.Max(declaration.MaturityMonth, breakEven ?? 0) + 4));
        return new BriefView(state, declaration, JCurveMath.Points(declaration, months), breakEven);
    }

    public bool Signed => Declaration.IsSigned;

    public string Title => $"Sponsor brief — {State.Initiative.Name} ({State.Initiative.Id})";

    /// <summary>"signed by X at …" or "DRAFT — not signed".</summary>
    public string SignatureText => Declaration.SignedBy is { } by && Declaration.SignedAt is { } at
        ? $"J-curve version {Declaration.Version}, signed by {by} at {MoneyText.Timestamp(at)}"
        : $"DRAFT — not signed: J-curve version {Declaration.Version} declared by {Declaration.DeclaredBy} at {MoneyText.Timestamp(Declaration.DeclaredAt)} awaits the sponsor's signature";

    /// <summary>The month name (YYYY-MM) of month index t (0 = the start month).</summary>
    public string MonthName(int t) => Month(Declaration.StartMonth.AddMonths(t));

    public string? BreakEvenMonthName => BreakEvenMonth is { } b ? MonthName(b) : null;

    public string TroughMonthName => MonthName(Declaration.TroughMonth);

    public string MaturityMonthName => MonthName(Declaration.MaturityMonth);

    /// <summary>The first month that can be flagged as a laggard: break-even + grace + 1; null without break-even.</summary>
    public int? LaggardFromMonth => BreakEvenMonth is { } b ? b + Laggards.DefaultGraceMonths + 1 : null;

    public string LagText => BreakEvenMonth is { } b
        ? $"returns lag investment by {Count(b)} months: break-even expected in {MonthName(b)}"
        : $"no break-even expected within {Count(JCurveMath.Horizon)} months";

    public string DipText
    {
        get
        {
            var d = Declaration;
            return $"the expected monthly net value falls to {WithMinus(-d.TroughDepth)} {d.Currency} in month {Count(d.TroughMonth)} ({TroughMonthName}) "
                + $"before it rises to {WithMinus(d.TargetMonthlyNet)} {d.Currency} by month {Count(d.MaturityMonth)} ({MaturityMonthName}). "
                + "This dip is normal and predictable, not failure: value lags investment by design while people learn and processes change. "
                + "The dip is where most programmes get cancelled; naming it now is the permission to hold steady through it";
        }
    }

    public string BandText
    {
        get
        {
            var d = Declaration;
            return $"tolerance w = {MoneyText.Exact(d.Tolerance)}: the actual cumulative net value is expected within the expected cumulative value ± w × C × (t + 1), "
                + $"that is ± {MoneyText.Exact(d.Tolerance * d.MonthlyCost)} {d.Currency} more for every month elapsed";
        }
    }

    public string BelowBandText => LaggardFromMonth is { } from
        ? $"below the band the initiative is reviewed (status \"below band — review\"); from month {Count(from)} ({MonthName(from)}), after break-even plus "
            + $"{Count(Laggards.DefaultGraceMonths)} months of grace, an initiative below the band or without any validated outcome is a laggard and is proposed for retirement"
        : "below the band the initiative is reviewed (status \"below band — review\"); with no expected break-even it is never flagged as a laggard, so the curve itself deserves a review";

    public string MeasurementText => State.Agreement is { } a
        ? $"{KebabCase.Of(a.Method)}: one successful outcome = {a.MetricDefinition.TrimEnd().TrimEnd('.')}, worth {MoneyText.Exact(a.ValuePerOutcome)} {a.Currency}; agreed by {a.Approver} at {MoneyText.Timestamp(a.AgreedAt)}"
        : "not yet agreed — outcomes will stay claims until finance agrees a method";

    public const string ReadinessText = "production needs all five controls evidenced (with a link) or waived (admin or finance, with a reason)";

    public const string ScoreboardText = "judged on outcome and value, never on activity: activity is shown, not scored";

    internal static string Month(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    internal static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Exact money with a real minus sign (U+2212) for print.</summary>
    private static string WithMinus(decimal value) => value < 0 ? "\u2212" + MoneyText.Exact(-value) : MoneyText.Exact(value);
}
