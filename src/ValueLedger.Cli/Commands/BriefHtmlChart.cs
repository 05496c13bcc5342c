using System.Globalization;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// An inline SVG of the expected cumulative net value with its band and the zero line (mirrors the chart of
/// <see cref="JCurveHtmlWriter"/>, without actuals: a brief is handed out before there are any). Only numbers are
/// written into the markup, so nothing needs escaping.
/// </summary>
internal static class BriefHtmlChart
{
    public const string Css = ".band{fill:#dde8f5}.expected{stroke:#1f5fa8;fill:none;stroke-width:2}.zero{stroke:#888;stroke-dasharray:4}";

    private const int Width = 720;
    private const int Height = 260;

    public static void Write(TextWriter writer, IReadOnlyList<JCurvePoint> points)
    {
        var values = points.SelectMany(p => new[] { p.BandLow, p.BandHigh }).Append(0m).ToList();
        var low = values.Min();
        var high = values.Max();
        var span = high == low ? 1m : high - low;
        string X(int t) => (points.Count <= 1 ? 10 : (t * (Width - 20) / (points.Count - 1)) + 10).ToString(CultureInfo.InvariantCulture);
        string Y(decimal v) => Math.Round(((high - v) / span * (Height - 20)) + 10, 1).ToString(CultureInfo.InvariantCulture);
        var band = string.Join(' ', points.Select(p => $"{X(p.Month)},{Y(p.BandHigh)}").Concat(points.Reverse().Select(p => $"{X(p.Month)},{Y(p.BandLow)}")));
        writer.WriteLine($"<svg width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-label=\"expected cumulative net value with its tolerance band\">");
        writer.WriteLine($"<polygon class=\"band\" points=\"{band}\"/>");
        writer.WriteLine($"<line class=\"zero\" x1=\"10\" x2=\"{Width - 10}\" y1=\"{Y(0m)}\" y2=\"{Y(0m)}\"/>");
        writer.WriteLine($"<polyline class=\"expected\" points=\"{string.Join(' ', points.Select(p => $"{X(p.Month)},{Y(p.ExpectedCumulative)}"))}\"/>");
        writer.WriteLine("</svg>");
    }
}
