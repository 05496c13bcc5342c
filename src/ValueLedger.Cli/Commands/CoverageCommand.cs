using System.CommandLine;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger coverage [--from --to] [--by month|bu|month,bu]</c>: gross allocation coverage (cost
/// allocated to an initiative ÷ gross in-scope cost) per month and/or business unit and overall, per
/// currency, with its FinOps maturity. CSV carries the grouped rows only; JSON adds <c>overall</c>.
/// </summary>
internal static class CoverageCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var by = new Option<CoverageGrouping?>("--by")
        {
            Description = "Group by month (default), bu, or month,bu.",
            HelpName = "month|bu|month,bu",
            CustomParser = r => ParseGrouping(r),
        };
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var format = GlobalOptions.Format();
        var command = new Command("coverage", "Allocation coverage (gross, per currency) by month and/or business unit, with its FinOps maturity level.");
        foreach (var option in new Option[] { by, from, to, format })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var (start, end) = InsightPeriod.Resolve(parse.GetValue(from), parse.GetValue(to));
            var grouping = parse.GetValue(by) ?? CoverageGrouping.Month;
            var (rows, overall) = await InsightPeriod.WithStoreAsync(
                context,
                parse.GetValue(db)!,
                async s => (await s.QueryCoverageAsync(start, end, grouping, ct).ConfigureAwait(false), await s.QueryCoverageAsync(start, end, CoverageGrouping.None, ct).ConfigureAwait(false)),
                ct).ConfigureAwait(false);
            Write(context, parse.GetValue(format) ?? OutputFormat.Table, grouping, (start, end), rows, overall);
            return 0;
        });
        return command;
    }

    private static CoverageGrouping? ParseGrouping(System.CommandLine.Parsing.ArgumentResult result)
    {
        var grouping = CoverageGrouping.None;
        foreach (var part in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            switch (part.ToLowerInvariant())
            {
                case "month":
                    grouping |= CoverageGrouping.Month;
                    break;
                case "bu":
                    grouping |= CoverageGrouping.Bu;
                    break;
                default:
                    result.AddError($"'{part}' is not a coverage grouping; use month, bu or month,bu");
                    return null;
            }
        }

        return grouping;
    }

    private static void Write(CliContext context, OutputFormat format, CoverageGrouping grouping, (DateTime From, DateTime To) period, IReadOnlyList<PeriodCoverageRow> rows, IReadOnlyList<PeriodCoverageRow> overall)
    {
        var byMonth = grouping.HasFlag(CoverageGrouping.Month);
        var byBu = grouping.HasFlag(CoverageGrouping.Bu);
        var grouped = Table("Allocation coverage (gross)", rows, byMonth, byBu);
        switch (format)
        {
            case OutputFormat.Csv:
                grouped.WriteCsv(context.Stdout);
                break;
            case OutputFormat.Json:
                InsightJson.Write(context.Stdout, json =>
                {
                    json.WriteStartArray("by");
                    if (byMonth)
                    {
                        json.WriteStringValue("month");
                    }

                    if (byBu)
                    {
                        json.WriteStringValue("bu");
                    }

                    json.WriteEndArray();
                    InsightJson.Text(json, "from", InsightPeriod.Bound(period.From));
                    InsightJson.Text(json, "to", InsightPeriod.Bound(period.To));
                    WriteJsonRows(json, "overall", overall, false, false);
                    WriteJsonRows(json, "rows", rows, byMonth, byBu);
                });
                break;
            default:
                if (overall.Count == 0)
                {
                    context.Stdout.WriteLine("no AI cost in the period: coverage is undefined");
                    return;
                }

                grouped.WriteTable(context.Out, "coverage = gross cost allocated to an initiative / gross AI cost (credits excluded); crawl >= 50 %, walk >= 80 %, run > 90 %");
                Table("Overall", overall, false, false).WriteTable(context.Out, "estimated = uncovered usage telemetry allocated at its estimated cost");
                break;
        }
    }

    private static Report Table(string title, IReadOnlyList<PeriodCoverageRow> rows, bool byMonth, bool byBu)
    {
        var columns = new List<ReportColumn>();
        if (byMonth)
        {
            columns.Add(new("month", "Month"));
        }

        if (byBu)
        {
            columns.Add(new("bu", "Business unit"));
        }

        columns.AddRange(
        [
            new("currency", "Currency"), new("grossInScope", "Gross in scope", ReportColumnKind.Money), new("grossEstimated", "Of it estimated", ReportColumnKind.Money),
            new("grossAllocated", "To a BU", ReportColumnKind.Money), new("grossAllocatedToInitiative", "To initiatives", ReportColumnKind.Money),
            new("coverage", "Coverage"), new("maturity", "Maturity"),
        ]);
        var report = new Report(title, columns);
        foreach (var r in rows)
        {
            var cells = new List<string?>();
            if (byMonth)
            {
                cells.Add(r.Month?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (byBu)
            {
                cells.Add(r.Bu ?? "(unallocated)");
            }

            cells.AddRange([r.Currency, MoneyText.Exact(r.GrossInScope), MoneyText.Exact(r.GrossEstimated), MoneyText.Exact(r.GrossAllocated),
                MoneyText.Exact(r.GrossAllocatedToInitiative), MoneyText.Percent(r.Coverage), r.Maturity]);
            report.Add([.. cells]);
        }

        return report;
    }

    private static void WriteJsonRows(System.Text.Json.Utf8JsonWriter json, string name, IReadOnlyList<PeriodCoverageRow> rows, bool byMonth, bool byBu)
    {
        json.WriteStartArray(name);
        foreach (var r in rows)
        {
            json.WriteStartObject();
            if (byMonth)
            {
                InsightJson.Text(json, "month", r.Month?.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (byBu)
            {
                InsightJson.Text(json, "bu", r.Bu);
            }

            json.WriteString("currency", r.Currency);
            InsightJson.Money(json, "grossInScope", r.GrossInScope);
            InsightJson.Money(json, "grossEstimated", r.GrossEstimated);
            InsightJson.Money(json, "grossAllocated", r.GrossAllocated);
            InsightJson.Money(json, "grossAllocatedToInitiative", r.GrossAllocatedToInitiative);
            UnallocatedCommand.WriteRatio(json, "coverage", r.Coverage);
            json.WriteString("maturity", r.Maturity);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
