using System.Text;
using System.Text.Json;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Showback;

namespace ValueLedger.Cli.Commands;

/// <summary>The JSON form (documented in docs/cli-json.md): money as exact strings, counts as numbers.</summary>
internal static class ShowbackJsonWriter
{
    public static void Write(TextWriter writer, ShowbackReport report, DateTimeOffset generatedAt)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("month", ShowbackText.Month(report.Month));
            json.WriteString("generatedAt", MoneyText.Timestamp(generatedAt));
            json.WriteBoolean("previousMonthAllocated", report.PreviousMonthAllocated);
            json.WriteStartArray("periodTotals");
            foreach (var (currency, amount) in report.PeriodTotals)
            {
                json.WriteStartObject();
                json.WriteString("currency", currency);
                json.WriteString("amount", MoneyText.Exact(amount));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("notAllocated");
            foreach (var missing in report.NotAllocated)
            {
                json.WriteStartObject();
                json.WriteString("currency", missing.Currency);
                json.WriteNumber("lines", missing.Lines);
                json.WriteString("cost", MoneyText.Exact(missing.Cost));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("statements");
            foreach (var statement in report.Statements)
            {
                WriteStatement(json, statement);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteStatement(Utf8JsonWriter json, ShowbackStatement statement)
    {
        json.WriteStartObject();
        json.WriteString("bu", statement.Bu);
        json.WriteString("name", statement.Name);
        json.WriteString("owner", statement.Owner);
        json.WriteString("status", ShowbackText.Status(statement));
        json.WriteString("declaredMode", statement.IsUnallocated ? null : ShowbackText.Mode(statement.Billing.DeclaredMode));
        json.WriteString("effectiveMode", statement.IsUnallocated ? null : ShowbackText.Mode(statement.Billing.EffectiveMode));
        json.WriteString("acknowledgedBy", statement.Billing.Acknowledgement?.Owner);
        json.WriteString("acknowledgedAt", statement.Billing.Acknowledgement is { } a ? MoneyText.Timestamp(a.AcknowledgedAt) : null);
        json.WriteString("note", statement.Billing.Note);
        json.WriteStartArray("totals");
        foreach (var t in statement.Totals)
        {
            json.WriteStartObject();
            json.WriteString("currency", t.Currency);
            json.WriteString("amount", MoneyText.Exact(t.Amount));
            json.WriteString("gross", MoneyText.Exact(t.Gross));
            json.WriteString("estimated", MoneyText.Exact(t.Estimated));
            json.WriteString("previous", t.Previous is { } p ? MoneyText.Exact(p) : null);
            json.WriteString("change", MoneyText.Exact(t.Change));
            json.WriteString("changePercent", ShowbackText.Percent(t.ChangePercent));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("breakdown");
        foreach (var line in statement.Lines)
        {
            json.WriteStartObject();
            json.WriteString("section", line.Section);
            json.WriteString("item", line.Item);
            json.WriteString("label", line.Label);
            json.WriteString("currency", line.Currency);
            json.WriteString("amount", MoneyText.Exact(line.Amount));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
