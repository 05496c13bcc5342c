using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Storage;

namespace ValueLedger.Cli.Commands;

/// <summary>Renders spend rows with totals per currency.</summary>
internal static class SpendReport
{
    public static void Write(CliContext context, SpendQuery query, IReadOnlyList<SpendRow> rows, OutputFormat format)
    {
        var columns = query.GroupBy.Select(g => new ReportColumn(g.Label, g.Label)).ToList();
        columns.AddRange(
        [
            new("currency", "Currency"),
            new("cost", "Cost", ReportColumnKind.Money),
            new("costOfRecord", "Of record", ReportColumnKind.Money),
            new("estimatedUncovered", "Estimated (no bill)", ReportColumnKind.Money),
            new("coveredTelemetryEstimate", "Telemetry est. (billed)", ReportColumnKind.Money),
            new("costLines", "Cost lines", ReportColumnKind.Count),
            new("telemetryRecords", "Telemetry", ReportColumnKind.Count),
            new("unpricedTelemetryRecords", "Unpriced", ReportColumnKind.Count),
            new("requests", "Requests", ReportColumnKind.Count),
            new("tokens", "Tokens", ReportColumnKind.Count),
            new("billedCost", "Billed (invoice)", ReportColumnKind.Money),
        ]);
        var report = new Report("Spend", columns);
        foreach (var row in rows)
        {
            var cells = row.Keys.ToList();
            cells.AddRange(
            [
                row.Currency, MoneyText.Exact(row.Cost), MoneyText.Exact(row.CostOfRecord), MoneyText.Exact(row.EstimatedUncovered),
                MoneyText.Exact(row.CoveredTelemetryEstimate), N(row.CostLines), N(row.TelemetryRecords), N(row.UnpricedTelemetryRecords),
                N(row.Requests), N(row.Tokens), MoneyText.Exact(row.BilledCost),
            ]);
            report.Add([.. cells]);
        }

        var totals = rows.GroupBy(r => r.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Currency: g.Key, Cost: g.Sum(r => r.Cost), Estimated: g.Sum(r => r.EstimatedUncovered)))
            .ToList();
        var caption = string.Join("; ", totals.Select(t => $"total {t.Currency} {MoneyText.Table(t.Cost)} (of which estimated {MoneyText.Table(t.Estimated)})"));
        var unpriced = rows.Sum(r => r.UnpricedTelemetryRecords);
        if (unpriced > 0)
        {
            caption += $"; {unpriced:#,##0} telemetry records have no price (see 'valueledger reprice')";
        }

        report.Write(format, context.Out, context.Stdout, rows.Count == 0 ? "no spend in this period and scope" : caption, json =>
        {
            json.WriteStartObject("query");
            json.WriteStartArray("by");
            foreach (var g in query.GroupBy)
            {
                json.WriteStringValue(g.Label);
            }

            json.WriteEndArray();
            json.WriteString("from", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("to", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("scope", query.Scope.ToString().ToLowerInvariant());
            json.WriteEndObject();
            json.WriteStartArray("totals");
            foreach (var t in totals)
            {
                json.WriteStartObject();
                json.WriteString("currency", t.Currency);
                json.WriteString("cost", MoneyText.Exact(t.Cost));
                json.WriteString("estimatedUncovered", MoneyText.Exact(t.Estimated));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        });
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
