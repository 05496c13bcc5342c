using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger unallocated [--from --to] [--top N]</c>: Unallocated gross cost per currency, and per key
/// (billing account, sub-account, resource, api key, service, provider/model, reason) the values holding
/// most of it, with a suggested fix. CSV carries the candidates only; JSON adds <c>totals</c>.
/// </summary>
internal static class UnallocatedCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var top = new Option<int>("--top") { Description = "Values listed per key and currency (default 10).", DefaultValueFactory = _ => 10, HelpName = "N" };
        top.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--top must be at least 1");
            }
        });
        var format = GlobalOptions.Format();
        var command = new Command("unallocated", "Unallocated AI cost ranked by what would fix most of it (accounts, projects, resources, keys, services, models, reasons).");
        foreach (var option in new Option[] { from, to, top, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var (start, end) = InsightPeriod.Resolve(parse.GetValue(from), parse.GetValue(to));
            var report = await InsightPeriod.WithStoreAsync(context, parse.GetValue(db)!, s => s.QueryUnallocatedAsync(start, end, parse.GetValue(top), ct), ct).ConfigureAwait(false);
            Write(context, parse.GetValue(format) ?? OutputFormat.Table, (start, end), report);
            return 0;
        });
        return command;
    }

    private static void Write(CliContext context, OutputFormat format, (DateTime From, DateTime To) period, UnallocatedReport report)
    {
        var totals = new Report("Unallocated (gross)",
        [
            new("currency", "Currency"), new("gross", "Unallocated", ReportColumnKind.Money), new("net", "Net", ReportColumnKind.Money),
            new("lines", "Lines", ReportColumnKind.Count), new("grossInScope", "Gross in scope", ReportColumnKind.Money), new("share", "Share"),
        ]);
        foreach (var t in report.Totals)
        {
            totals.Add(t.Currency, MoneyText.Exact(t.Gross), MoneyText.Exact(t.Net), Count(t.Lines), MoneyText.Exact(t.GrossInScope), MoneyText.Percent(t.Share));
        }

        var candidates = new Report("What would fix most of it",
        [
            new("currency", "Currency"), new("key", "Key"), new("value", "Value"), new("gross", "Unallocated", ReportColumnKind.Money),
            new("lines", "Lines", ReportColumnKind.Count), new("share", "Share"), new("largestLine", "Largest line"), new("suggestedFix", "Suggested fix"),
        ]);
        foreach (var c in report.Candidates)
        {
            candidates.Add(c.Currency, c.Key, c.Value, MoneyText.Exact(c.Gross), Count(c.Lines), MoneyText.Percent(c.Share), c.LargestLine.ToString(), c.SuggestedFix);
        }

        switch (format)
        {
            case OutputFormat.Csv:
                candidates.WriteCsv(context.Stdout);
                break;
            case OutputFormat.Json:
                InsightJson.Write(context.Stdout, json =>
                {
                    InsightJson.Text(json, "from", InsightPeriod.Bound(period.From));
                    InsightJson.Text(json, "to", InsightPeriod.Bound(period.To));
                    json.WriteStartArray("totals");
                    foreach (var t in report.Totals)
                    {
                        json.WriteStartObject();
                        json.WriteString("currency", t.Currency);
                        InsightJson.Money(json, "gross", t.Gross);
                        InsightJson.Money(json, "net", t.Net);
                        json.WriteNumber("lines", t.Lines);
                        InsightJson.Money(json, "grossInScope", t.GrossInScope);
                        WriteRatio(json, "share", t.Share);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteStartArray("rows");
                    foreach (var c in report.Candidates)
                    {
                        json.WriteStartObject();
                        json.WriteString("currency", c.Currency);
                        json.WriteString("key", c.Key);
                        json.WriteString("value", c.Value);
                        json.WriteNumber("rank", c.Rank);
                        InsightJson.Money(json, "gross", c.Gross);
                        json.WriteNumber("lines", c.Lines);
                        WriteRatio(json, "share", c.Share);
                        json.WriteString("largestLine", c.LargestLine.ToString());
                        json.WriteString("suggestedFix", c.SuggestedFix);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
                break;
            default:
                if (report.Totals.Count == 0)
                {
                    context.Stdout.WriteLine("nothing unallocated in the period");
                    return;
                }

                totals.WriteTable(context.Out, "gross = lines with a positive cost (credits excluded); net includes credits");
                candidates.WriteTable(context.Out, "share = of all unallocated gross cost in the currency; keys that would fix most come first; valueledger explain LINE shows a line");
                break;
        }
    }

    internal static void WriteRatio(System.Text.Json.Utf8JsonWriter json, string name, decimal? ratio)
    {
        if (ratio is { } r)
        {
            json.WriteNumber(name, r);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
