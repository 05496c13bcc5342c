using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Cli.Commands;

/// <summary>One J-curve version laid out month by month (with actuals when known), for every output form.</summary>
internal sealed record JCurveView(JCurveDeclaration Declaration, IReadOnlyList<JCurvePoint> Points, IReadOnlyList<decimal?>? Actuals, Report Report, int? BreakEvenMonth, bool Laggard)
{
    public static JCurveView Create(JCurveDeclaration declaration, int months, IReadOnlyList<decimal?>? actuals, bool laggard)
    {
        var report = new Report($"J-curve of {declaration.Initiative}, version {declaration.Version} ({declaration.Currency})",
        [
            new("month", "Month"), new("monthIndex", "t", ReportColumnKind.Count), new("expectedNet", "Expected net", ReportColumnKind.Money),
            new("expectedCumulative", "Expected cumulative", ReportColumnKind.Money), new("bandLow", "Band low", ReportColumnKind.Money),
            new("bandHigh", "Band high", ReportColumnKind.Money), new("actualCumulative", "Actual cumulative", ReportColumnKind.Money), new("status", "Status"),
        ]);
        var points = JCurveMath.Points(declaration, months);
        foreach (var point in points)
        {
            var actual = actuals?[point.Month];
            report.Add(point.MonthStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), JCurveShowCommand.Text(point.Month),
                MoneyText.Exact(point.ExpectedNet), MoneyText.Exact(point.ExpectedCumulative), MoneyText.Exact(point.BandLow), MoneyText.Exact(point.BandHigh),
                actual is { } a ? MoneyText.Exact(a) : null, actual is { } b ? JCurveMath.Label(JCurveMath.Status(declaration, point.Month, b)) : null);
        }

        return new JCurveView(declaration, points, actuals, report, JCurveMath.ExpectedBreakEvenMonth(declaration), laggard);
    }

    public bool ActualsKnown => Actuals is not null;

    /// <summary>"returns lag investment by N months (break-even expected in YYYY-MM)", or that it never breaks even.</summary>
    public string BreakEvenText => BreakEvenMonth is { } b
        ? $"returns lag investment by {b} months (break-even expected in {Declaration.StartMonth.AddMonths(b):yyyy-MM}, month {b})"
        : $"no break-even expected within {JCurveMath.Horizon} months";

    public string Headline
    {
        get
        {
            var d = Declaration;
            var signed = d.SignedBy is null ? "NOT SIGNED" : $"signed by {d.SignedBy} at {MoneyText.Timestamp(d.SignedAt!.Value)}";
            return $"{d.Initiative} J-curve v{d.Version} ({signed}): C {MoneyText.Exact(d.MonthlyCost)}, T {d.TroughMonth}, D {MoneyText.Exact(d.TroughDepth)}, "
                + $"M {d.MaturityMonth}, V {MoneyText.Exact(d.TargetMonthlyNet)}, w {MoneyText.Exact(d.Tolerance)} {d.Currency} from {d.StartMonth:yyyy-MM}; {BreakEvenText}"
                + (Laggard ? "; LAGGARD: flagged for retirement" : string.Empty);
        }
    }

    public string Caption => ActualsKnown
        ? "t = 0 is the start month; band = expected cumulative ± w × C × (t + 1); actual = validated value − allocated cost"
        : "t = 0 is the start month; band = expected cumulative ± w × C × (t + 1); this ledger keeps no outcomes, so no actuals";

    public void WriteJsonHeader(Utf8JsonWriter json)
    {
        json.WriteString("initiative", Declaration.Initiative);
        JCurveJson.WriteFields(json, Declaration);
        json.WriteString("breakEven", BreakEvenText);
        json.WriteBoolean("actualsKnown", ActualsKnown);
        json.WriteBoolean("laggard", Laggard);
    }
}
