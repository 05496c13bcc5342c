using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary><c>explain LINE_ID</c> output: the line, then its allocation rows (CSV: the rows only).</summary>
internal static partial class ExplainCommand
{
    internal const string NotAllocated = "no allocation yet: run valueledger allocate";

    private static void WriteLine(CliContext context, OutputFormat format, LineExplanation explained)
    {
        var line = explained.Line;
        var shares = new Report($"Allocation of line {line.Id}",
        [
            new("lineId", "Line"), new("bu", "Business unit"), new("initiative", "Initiative"), new("amount", "Amount", ReportColumnKind.ExactMoney),
            new("currency", "Currency"), new("shareKind", "Kind"), new("rule", "Rule / policy"), new("explanation", "Why"),
        ]);
        foreach (var s in explained.Shares)
        {
            shares.Add(line.Id.ToString(), s.Bu ?? "(unallocated)", s.Initiative, MoneyText.Exact(s.Amount), s.Currency, s.ShareKind, Rule(s), AllocationShareText.Describe(s));
        }

        switch (format)
        {
            case OutputFormat.Csv:
                shares.WriteCsv(context.Stdout);
                return;
            case OutputFormat.Json:
                InsightJson.Write(context.Stdout, json =>
                {
                    json.WriteString("lineId", line.Id.ToString());
                    WriteLineJson(json, line);
                    json.WriteStartArray("shares");
                    foreach (var s in explained.Shares)
                    {
                        InsightJson.Share(json, s);
                    }

                    json.WriteEndArray();
                    InsightJson.Text(json, "note", explained.Shares.Count == 0 ? NotAllocatedNote(line) : null);
                });
                return;
        }

        var facts = new Report($"Line {line.Id}", [new("field", "Field"), new("value", "Value")]);
        facts.Add("kind", line.Kind == AllocationLineKinds.Usage ? "usage telemetry (estimated cost)" : "cost of record");
        facts.Add("provider", line.Provider);
        facts.Add("billing account", Named(line.BillingAccountId, line.BillingAccountName));
        facts.Add("sub-account", Named(line.SubAccountId, line.SubAccountName));
        facts.Add("service", line.ServiceName);
        facts.Add("model", line.Model);
        facts.Add("resource", line.ResourceId);
        facts.Add("charge period", $"{Instant(line.ChargePeriodStart)} to {Instant(line.ChargePeriodEnd)}");
        facts.Add("cost", line.Cost is { } cost ? $"{MoneyText.Exact(cost)} {line.Currency}{(line.CostMeasure is null ? string.Empty : $" ({line.CostMeasure})")}" : "not priced");
        facts.Add("source", line.SourceLine is { } n ? $"{line.SourceFileName}, line {n.ToString(CultureInfo.InvariantCulture)}" : line.SourceFileName);
        facts.WriteTable(context.Out);
        if (explained.Shares.Count == 0)
        {
            context.Stdout.WriteLine(NotAllocatedNote(line));
            return;
        }

        shares.WriteTable(context.Out, "amounts net, in the line's currency; shares sum exactly to the line's cost");
    }

    private static void WriteLineJson(System.Text.Json.Utf8JsonWriter json, InsightLine line)
    {
        json.WriteStartObject("line");
        json.WriteString("kind", line.Kind);
        json.WriteString("provider", line.Provider);
        InsightJson.Text(json, "billingAccountId", line.BillingAccountId);
        InsightJson.Text(json, "billingAccountName", line.BillingAccountName);
        InsightJson.Text(json, "subAccountId", line.SubAccountId);
        InsightJson.Text(json, "subAccountName", line.SubAccountName);
        InsightJson.Text(json, "service", line.ServiceName);
        InsightJson.Text(json, "model", line.Model);
        InsightJson.Text(json, "resourceId", line.ResourceId);
        json.WriteString("chargePeriodStart", Instant(line.ChargePeriodStart));
        json.WriteString("chargePeriodEnd", Instant(line.ChargePeriodEnd));
        InsightJson.Money(json, "cost", line.Cost);
        InsightJson.Text(json, "costMeasure", line.CostMeasure);
        json.WriteString("currency", line.Currency);
        json.WriteString("sourceFile", line.SourceFileName);
        if (line.SourceLine is { } n)
        {
            json.WriteNumber("sourceLine", n);
        }
        else
        {
            json.WriteNull("sourceLine");
        }

        json.WriteEndObject();
    }

    private static string NotAllocatedNote(InsightLine line) =>
        line.Kind == AllocationLineKinds.Usage
            ? "no allocation yet: usage telemetry is allocated only where no bill covers it; run valueledger allocate"
            : NotAllocated;

    internal static string? Rule(AllocationShare share) => share.RuleId is null
        ? null
        : $"{(share.RuleKind == "policy" ? "policy" : "rule")} {share.RuleId}{(share.RuleVersion is { } v ? "@" + v.ToString(CultureInfo.InvariantCulture) : string.Empty)}";

    private static string? Named(string? id, string? name) => id is null ? name : name is null || name == id ? id : $"{id} ({name})";

    private static string Instant(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
