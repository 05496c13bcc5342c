using System.Globalization;
using System.Net;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The printable HTML form of <c>jcurve ID</c>: a self-contained document (inline CSS and SVG, no scripts)
/// with the declaration, a chart of the expected cumulative value with its band (and the actual cumulative
/// value when known), and the month-by-month table. Every text is HTML-encoded.
/// </summary>
internal static class JCurveHtmlWriter
{
    private const int Width = 720;
    private const int Height = 280;
    private const string Css = "body{font-family:system-ui,sans-serif;margin:2em;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 8px;text-align:right}"
        + "td:first-child,td:last-child{text-align:left}.meta{color:#555}.band{fill:#dde8f5}.expected{stroke:#1f5fa8;fill:none;stroke-width:2}"
        + ".actual{stroke:#b5651d;fill:none;stroke-width:2}.zero{stroke:#888;stroke-dasharray:4}";

    public static void Write(TextWriter writer, JCurveView view, DateTimeOffset generatedAt)
    {
        var d = view.Declaration;
        var title = $"J-curve — {d.Initiative} v{d.Version}";
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine($"<head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{Css}</style></head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{E(title)}</h1>");
        writer.WriteLine($"<p>{E(view.Headline)}</p>");
        writer.WriteLine($"<p class=\"meta\">Generated at {E(MoneyText.Timestamp(generatedAt))} by ValueLedger. {E(view.Caption)}. Amounts in {E(d.Currency)}.</p>");
        WriteChart(writer, view);
        writer.WriteLine("<table><thead><tr>" + string.Concat(view.Report.Columns.Select(c => $"<th>{E(c.Heading)}</th>")) + "</tr></thead><tbody>");
        foreach (var p in view.Points)
        {
            var actual = view.Actuals?[p.Month];
            string?[] cells =
            [
                p.MonthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture), JCurveShowCommand.Text(p.Month), MoneyText.Table(p.ExpectedNet),
                MoneyText.Table(p.ExpectedCumulative), MoneyText.Table(p.BandLow), MoneyText.Table(p.BandHigh),
                actual is { } a ? MoneyText.Table(a) : null, actual is { } b ? JCurveMath.Label(JCurveMath.Status(d, p.Month, b)) : null,
            ];
            writer.WriteLine("<tr>" + string.Concat(cells.Select(cell => $"<td>{E(cell ?? string.Empty)}</td>")) + "</tr>");
        }

        writer.WriteLine("</tbody></table>");
        writer.WriteLine("</body></html>");
    }

    private static void WriteChart(TextWriter writer, JCurveView view)
    {
        var points = view.Points;
        var known = view.Actuals?.Select((a, t) => (a, t)).Where(x => x.a is not null).Select(x => (Value: x.a!.Value, Month: x.t)).ToList() ?? [];
        var values = points.SelectMany(p => new[] { p.BandLow, p.BandHigh }).Concat(known.Select(k => k.Value)).Append(0m).ToList();
        var low = values.Min();
        var high = values.Max();
        var span = high == low ? 1m : high - low;
        string X(int t) => (points.Count <= 1 ? 10 : (t * (Width - 20) / (points.Count - 1)) + 10).ToString(CultureInfo.InvariantCulture);
        string Y(decimal v) => Math.Round(((high - v) / span * (Height - 20)) + 10, 1).ToString(CultureInfo.InvariantCulture);
        var band = string.Join(' ', points.Select(p => $"{X(p.Month)},{Y(p.BandHigh)}").Concat(points.Reverse().Select(p => $"{X(p.Month)},{Y(p.BandLow)}")));
        writer.WriteLine($"<svg width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"expected cumulative net value with its band\">");
        writer.WriteLine($"<polygon class=\"band\" points=\"{band}\"/>");
        writer.WriteLine($"<line class=\"zero\" x1=\"10\" x2=\"{Width - 10}\" y1=\"{Y(0m)}\" y2=\"{Y(0m)}\"/>");
        writer.WriteLine($"<polyline class=\"expected\" points=\"{string.Join(' ', points.Select(p => $"{X(p.Month)},{Y(p.ExpectedCumulative)}"))}\"/>");
        if (known.Count > 0)
        {
            writer.WriteLine($"<polyline class=\"actual\" points=\"{string.Join(' ', known.Select(k => $"{X(k.Month)},{Y(k.Value)}"))}\"/>");
        }

        writer.WriteLine("</svg>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
