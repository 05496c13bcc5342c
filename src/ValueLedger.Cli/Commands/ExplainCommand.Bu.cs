using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary><c>explain --bu</c> output: the breakdown, then the largest lines (CSV: the breakdown only).</summary>
internal static partial class ExplainCommand
{
    private static void WriteBu(CliContext context, OutputFormat format, string? bu, string? initiative, (DateTime From, DateTime To) period, BuExplanation explanation)
    {
        var title = (bu, initiative) switch
        {
            (_, null) => $"Business unit {bu}",
            (null, _) => $"Initiative {initiative} (every business unit)",
            _ => $"Business unit {bu}, initiative {initiative}",
        };
        var breakdown = new Report(title,
        [
            new("currency", "Currency"), new("lineKind", "Line kind"), new("shareKind", "Kind"), new("method", "Method"),
            new("ruleKind", "Rule kind"), new("ruleId", "Rule / policy"), new("fallback", "Fallback"), new("amount", "Amount", ReportColumnKind.Money),
            new("lines", "Lines", ReportColumnKind.Count),
        ]);
        foreach (var r in explanation.Breakdown)
        {
            breakdown.Add(r.Currency, r.LineKind, r.ShareKind, r.Method, r.RuleKind, r.RuleId, r.Fallback ? "yes" : "no", MoneyText.Exact(r.Amount), r.Lines.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var top = new Report("Largest lines (drill in with valueledger explain LINE_ID)",
        [
            new("lineId", "Line"), new("currency", "Currency"), new("amount", "Amount", ReportColumnKind.Money), new("initiative", "Initiative"),
            new("provider", "Provider"), new("service", "Service"), new("model", "Model"), new("method", "Method"), new("ruleId", "Rule / policy"), new("lineKind", "Line kind"),
        ]);
        foreach (var l in explanation.TopLines)
        {
            top.Add(l.Id.ToString(), l.Currency, MoneyText.Exact(l.Amount), l.Initiative, l.Provider, l.ServiceName, l.Model, l.Method, l.RuleId, l.LineKind);
        }

        switch (format)
        {
            case OutputFormat.Csv:
                breakdown.WriteCsv(context.Stdout);
                break;
            case OutputFormat.Json:
                InsightJson.Write(context.Stdout, json =>
                {
                    InsightJson.Text(json, "bu", bu);
                    InsightJson.Text(json, "initiative", initiative);
                    InsightJson.Text(json, "from", InsightPeriod.Bound(period.From));
                    InsightJson.Text(json, "to", InsightPeriod.Bound(period.To));
                    json.WriteStartArray("breakdown");
                    foreach (var r in explanation.Breakdown)
                    {
                        json.WriteStartObject();
                        json.WriteString("currency", r.Currency);
                        json.WriteString("lineKind", r.LineKind);
                        json.WriteString("shareKind", r.ShareKind);
                        json.WriteString("method", r.Method);
                        InsightJson.Text(json, "ruleKind", r.RuleKind);
                        InsightJson.Text(json, "ruleId", r.RuleId);
                        json.WriteBoolean("fallback", r.Fallback);
                        InsightJson.Money(json, "amount", r.Amount);
                        json.WriteNumber("lines", r.Lines);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("topLines");
                    foreach (var l in explanation.TopLines)
                    {
                        json.WriteStartObject();
                        json.WriteString("lineId", l.Id.ToString());
                        json.WriteString("currency", l.Currency);
                        InsightJson.Money(json, "amount", l.Amount);
                        InsightJson.Text(json, "initiative", l.Initiative);
                        json.WriteString("provider", l.Provider);
                        InsightJson.Text(json, "service", l.ServiceName);
                        InsightJson.Text(json, "model", l.Model);
                        json.WriteString("method", l.Method);
                        InsightJson.Text(json, "ruleId", l.RuleId);
                        json.WriteString("lineKind", l.LineKind);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                break;
            default:
                if (explanation.Breakdown.Count == 0)
                {
                    context.Stdout.WriteLine($"no allocated money for {bu ?? "any business unit"}{(initiative is null ? string.Empty : $" / {initiative}")} in the period; run valueledger allocate, or check the id");
                    return;
                }

                breakdown.WriteTable(context.Out, "net amounts per currency; kind: direct, telemetry-split, shared (policies, weights, even, fallbacks)");
                top.WriteTable(context.Out);
                break;
        }
    }
}
