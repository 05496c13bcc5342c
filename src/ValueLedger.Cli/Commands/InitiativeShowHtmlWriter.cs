using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.JCurve;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>initiative show ID --format html</c>: the same facts as the table and JSON forms (stage and its source,
/// owner, sponsor, agreement, gate, every J-curve version, readiness controls) as one self-contained printable
/// page: inline CSS, no scripts, every text HTML-encoded.
/// </summary>
internal static class InitiativeShowHtmlWriter
{
    public static void Write(TextWriter writer, InitiativeState state, DateTimeOffset generatedAt, IReadOnlyList<Core.Value.Metrics.InitiativeTrendRow>? trend = null)
    {
        var initiative = state.Initiative;
        var title = $"Initiative {initiative.Id} — {initiative.Name}";
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine($"<head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{BriefHtmlWriter.PageCss}</style></head>");
        writer.WriteLine("<body>");
        writer.WriteLine($"<h1>{E(title)}</h1>");
        writer.WriteLine($"<p class=\"meta\">Generated at {E(MoneyText.Timestamp(generatedAt))} by ValueLedger.</p>");
        writer.WriteLine("<table><tbody>");
        Row(writer, "Stage", $"{KebabCase.Of(state.Stage)} (from {(state.StageFromTransition ? "a recorded transition" : "organisation.yaml")})");
        Row(writer, "Owner business unit", initiative.OwnerBu);
        Row(writer, "Sponsor", initiative.Sponsor ?? "(none declared)");
        Row(writer, "Attribution", state.Agreement is { } a
            ? $"{KebabCase.Of(a.Method)}, one outcome = {a.MetricDefinition}, worth {MoneyText.Exact(a.ValuePerOutcome)} {a.Currency}; agreed by {a.Approver} at {MoneyText.Timestamp(a.AgreedAt)}"
            : "no agreed method");
        Row(writer, "Next stage", InitiativeShowCommand.GateText(state) ?? "(none: final stage)");
        writer.WriteLine("</tbody></table>");
        writer.WriteLine("<h2>J-curve declarations</h2>");
        if (state.JCurves.Count == 0)
        {
            writer.WriteLine("<p>None declared.</p>");
        }
        else
        {
            writer.WriteLine("<p class=\"meta\">A signed version never changes; a change is a new version.</p>");
            Header(writer, "Version", "Start", "C", "T", "D", "M", "V", "w", "Currency", "Break-even month", "Declared by", "Signed by", "Signed at");
            foreach (var j in state.JCurves)
            {
                Cells(writer, Text(j.Version), j.StartMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), MoneyText.Exact(j.MonthlyCost), Text(j.TroughMonth),
                    MoneyText.Exact(j.TroughDepth), Text(j.MaturityMonth), MoneyText.Exact(j.TargetMonthlyNet), MoneyText.Exact(j.Tolerance), j.Currency,
                    JCurveMath.ExpectedBreakEvenMonth(j) is { } b ? Text(b) : null, j.DeclaredBy, j.SignedBy ?? "not signed", j.SignedAt is { } at ? MoneyText.Timestamp(at) : null);
            }

            writer.WriteLine("</tbody></table>");
        }

        if (trend is { Count: > 0 })
        {
            writer.WriteLine("<h2>Value by month</h2>");
            Header(writer, "Month", "Currency", "Allocated cost", "Validated successful", "Cost per successful outcome", "Value realised", "Net value");
            foreach (var r in trend)
            {
                Cells(
                    writer,
                    r.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    r.Currency,
                    Output.MoneyText.Exact(r.NetCost),
                    r.ValidatedSuccessful.ToString("0.##", CultureInfo.InvariantCulture),
                    r.CostPerSuccessfulOutcome is { } c ? Output.MoneyText.Exact(Math.Round(c, 6)) : "n/a",
                    Output.MoneyText.Exact(r.ValueRealised),
                    Output.MoneyText.Exact(r.NetValue));
            }

            writer.WriteLine("</tbody></table>");
        }

        writer.WriteLine("<h2>Production readiness</h2>");
        writer.WriteLine("<p class=\"meta\">Production needs all five evidenced (with a link) or waived (admin or finance, with a reason).</p>");
        Header(writer, "Control", "State", "Evidence", "Reason", "By", "At");
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            var entry = state.Readiness.GetValueOrDefault(control);
            Cells(writer, KebabCase.Of(control), KebabCase.Of(state.StateOf(control)), entry?.EvidenceLink, entry?.Reason, entry?.Actor, entry is null ? null : MoneyText.Timestamp(entry.At));
        }

        writer.WriteLine("</tbody></table>");
        writer.WriteLine("</body></html>");
    }

    private static void Row(TextWriter writer, string heading, string value) => writer.WriteLine($"<tr><th>{E(heading)}</th><td>{E(value)}</td></tr>");

    private static void Header(TextWriter writer, params string[] headings) =>
        writer.WriteLine("<table><thead><tr>" + string.Concat(headings.Select(h => $"<th>{E(h)}</th>")) + "</tr></thead><tbody>");

    private static void Cells(TextWriter writer, params string?[] cells) =>
        writer.WriteLine("<tr>" + string.Concat(cells.Select(c => $"<td>{E(c ?? string.Empty)}</td>")) + "</tr>");

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string E(string text) => BriefHtmlWriter.E(text);
}
