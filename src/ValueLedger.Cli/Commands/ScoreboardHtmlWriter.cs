using System.Net;
using ValueLedger.Cli.Output;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The printable HTML form of the scoreboard: one self-contained page (inline CSS with print rules, no
/// scripts), the scored part first with the gaming flags, then the activity part visibly set apart as
/// "shown, not scored", then a footnote with every metric's definition and rung. All text HTML-encoded.
/// </summary>
internal static class ScoreboardHtmlWriter
{
    private const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; margin: 2rem; line-height: 1.4; }
        h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
        h2 { font-size: 1.2rem; margin: 1.25rem 0 .5rem; }
        .meta { color: #555; font-size: .9rem; }
        table { border-collapse: collapse; margin: .25rem 0; }
        th, td { border-bottom: 1px solid #ddd; padding: .25rem .6rem; text-align: right; font-variant-numeric: tabular-nums; }
        th:first-child, td:first-child { text-align: left; }
        tr.overall td { font-weight: 600; border-top: 2px solid #555; }
        .flags li { margin: .2rem 0; }
        .not-scored { margin-top: 2rem; border: 2px dashed #888; background: #f5f5f5; padding: .75rem 1rem; }
        .not-scored h2 { margin-top: 0; color: #444; }
        .definitions { font-size: .8rem; color: #444; margin-top: 2rem; border-top: 1px solid #ccc; }
        .definitions dt { font-weight: 600; }
        .definitions dd { margin: 0 0 .3rem 1rem; }
        @media print {
            body { margin: 0; font-size: 9pt; }
            .not-scored { background: none; break-before: page; page-break-before: always; }
            table { break-inside: avoid; page-break-inside: avoid; }
        }
        """;

    public static void Write(TextWriter writer, ScoreboardView view)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine($"<head><meta charset=\"utf-8\"><title>{E(view.Title)}</title><style>{Css}</style></head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{E(view.Title)}</h1>");
        writer.WriteLine($"<p class=\"meta\">Generated at {E(MoneyText.Timestamp(view.GeneratedAt))} by ValueLedger. Money per currency, never added across currencies; n/a = undefined.</p>");

        writer.WriteLine("<section class=\"scored\">");
        writer.WriteLine("<h2>Scored</h2>");
        var overallFrom = view.ScoredLines().TakeWhile(l => l[0] != ScoreboardView.Overall).Count();
        WriteTable(writer, ScoreboardView.ScoredHeadings, view.ScoredLines().ToList(), overallFrom);
        var flags = view.Flags().ToList();
        writer.WriteLine("<h2>Gaming flags</h2>");
        if (flags.Count == 0)
        {
            writer.WriteLine("<p>None raised.</p>");
        }
        else
        {
            writer.WriteLine("<ul class=\"flags\">");
            foreach (var (unit, kind, explanation) in flags)
            {
                writer.WriteLine($"<li><strong>{E(unit)}</strong>: {E(kind)} — {E(explanation)}</li>");
            }

            writer.WriteLine("</ul>");
        }

        writer.WriteLine("</section>");
        writer.WriteLine("<section class=\"not-scored\">");
        writer.WriteLine("<h2>Activity — shown, not scored</h2>");
        writer.WriteLine("<p class=\"meta\">Activity is on the lowest rung of the distinction ladder: it shows effort, not results, and earns no credit.</p>");
        WriteTable(writer, ScoreboardView.ActivityHeadings, view.ActivityLines().ToList(), int.MaxValue);
        writer.WriteLine("</section>");

        writer.WriteLine("<footer class=\"definitions\"><h2>Metric definitions</h2><dl>");
        foreach (var metric in ScoreboardView.Metrics)
        {
            var scored = metric.Scored ? "scored" : "not scored";
            writer.WriteLine($"<dt>{E(metric.Name)} [{E(ScoreboardView.Rung(metric))}; {E(metric.Unit)}; {scored}]</dt><dd>{E(metric.Definition)}</dd>");
        }

        writer.WriteLine("</dl></footer>");
        writer.WriteLine("</body></html>");
    }

    private static void WriteTable(TextWriter writer, IReadOnlyList<string> headings, List<string[]> lines, int overallFrom)
    {
        writer.WriteLine("<table><thead><tr>" + string.Concat(headings.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead><tbody>");
        for (var i = 0; i < lines.Count; i++)
        {
            var open = i >= overallFrom ? "<tr class=\"overall\">" : "<tr>";
            writer.WriteLine(open + string.Concat(lines[i].Select(cell => $"<td>{E(cell)}</td>")) + "</tr>");
        }

        writer.WriteLine("</tbody></table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
