using System.Net;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The sponsor brief as one self-contained printable HTML page: inline CSS (with print rules), an inline SVG of
/// the expected cumulative curve and its band, no scripts, every text HTML-encoded.
/// </summary>
internal static class BriefHtmlWriter
{
    /// <summary>Page styles shared with the printable <c>initiative show</c>.</summary>
    internal const string PageCss = "body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}table{border-collapse:collapse;margin:.5em 0}"
        + "td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}td.n{text-align:right}.meta{color:#555}.draft{color:#a00;font-weight:bold}"
        + "h2{margin-top:1.4em;border-bottom:1px solid #ddd}@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}";

    public static void Write(TextWriter writer, BriefView view, DateTimeOffset generatedAt)
    {
        var state = view.State;
        var d = view.Declaration;
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine($"<head><meta charset=\"utf-8\"><title>{E(view.Title)}</title><style>{PageCss}{BriefHtmlChart.Css}</style></head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{E(view.Title)}</h1>");
        writer.WriteLine(view.Signed ? $"<p>{E(view.SignatureText)}</p>" : $"<p class=\"draft\">{E(view.SignatureText)}</p>");
        writer.WriteLine($"<p class=\"meta\">Generated at {E(MoneyText.Timestamp(generatedAt))} by ValueLedger. Amounts in {E(d.Currency)}.</p>");
        writer.WriteLine("<table><tbody>");
        Row(writer, "Initiative", $"{state.Initiative.Name} ({state.Initiative.Id})");
        Row(writer, "Owner business unit", state.Initiative.OwnerBu);
        Row(writer, "Sponsor", state.Initiative.Sponsor ?? "(none declared)");
        Row(writer, "Stage", KebabCase.Of(state.Stage));
        writer.WriteLine("</tbody></table>");
        writer.WriteLine("<h2>Expected returns</h2>");
        writer.WriteLine($"<p>{E(Sentence(view.LagText))}</p>");
        writer.WriteLine($"<p>{E(Sentence(view.DipText))}</p>");
        BriefHtmlChart.Write(writer, view.Points);
        writer.WriteLine($"<p>{E(Sentence(view.BandText))}</p>");
        writer.WriteLine($"<p>{E(Sentence(view.BelowBandText))}</p>");
        writer.WriteLine("<h2>What will be measured</h2>");
        writer.WriteLine($"<p>{E(Sentence(view.MeasurementText))}</p>");
        writer.WriteLine("<h2>Production readiness</h2>");
        writer.WriteLine($"<p>{E(Sentence(BriefView.ReadinessText))}</p>");
        writer.WriteLine("<table><thead><tr><th>Control</th><th>State</th></tr></thead><tbody>");
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            writer.WriteLine($"<tr><td>{E(KebabCase.Of(control))}</td><td>{E(KebabCase.Of(state.StateOf(control)))}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");
        writer.WriteLine("<h2>Scoreboard</h2>");
        writer.WriteLine($"<p>{E(Sentence(BriefView.ScoreboardText))}</p>");
        writer.WriteLine("<table><thead><tr><th>Metric</th><th>Rung</th><th>Unit</th><th>Scored</th><th>Definition</th></tr></thead><tbody>");
        foreach (var (m, scored) in BriefView.JudgedMetrics.Select(m => (m, "judged")).Concat(BriefView.ShownMetrics.Select(m => (m, "shown, not scored"))))
        {
            writer.WriteLine($"<tr><td>{E(m.Name)}</td><td>{E(KebabCase.Of(m.Rung))}</td><td>{E(m.Unit)}</td><td>{E(scored)}</td><td>{E(m.Definition)}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");
        writer.WriteLine("<h2>Expected curve</h2>");
        writer.WriteLine($"<p class=\"meta\">t = 0 is {E(BriefView.Month(d.StartMonth))}; band = expected cumulative ± w × C × (t + 1).</p>");
        writer.WriteLine("<table><thead><tr><th>Month</th><th>t</th><th>Expected net</th><th>Expected cumulative</th><th>Band low</th><th>Band high</th></tr></thead><tbody>");
        foreach (var p in view.Points)
        {
            writer.WriteLine($"<tr><td>{E(BriefView.Month(p.MonthStart))}</td>{N(BriefView.Count(p.Month))}{N(MoneyText.Table(p.ExpectedNet))}"
                + $"{N(MoneyText.Table(p.ExpectedCumulative))}{N(MoneyText.Table(p.BandLow))}{N(MoneyText.Table(p.BandHigh))}</tr>");
        }

        writer.WriteLine("</tbody></table>");
        writer.WriteLine("</body></html>");
    }

    internal static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A sentence starting with a capital letter and ending with a full stop.</summary>
    internal static string Sentence(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..] + ".";

    private static void Row(TextWriter writer, string heading, string value) => writer.WriteLine($"<tr><th>{E(heading)}</th><td>{E(value)}</td></tr>");

    private static string N(string text) => $"<td class=\"n\">{E(text)}</td>";
}
