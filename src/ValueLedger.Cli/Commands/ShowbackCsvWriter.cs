using ValueLedger.Cli.Output;
using ValueLedger.Core.Showback;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// The CSV form: one row per business unit × breakdown line. Section <c>total</c> rows (one per currency)
/// carry gross, estimated, previous month and change; breakdown rows leave those empty. Amounts exact.
/// </summary>
internal static class ShowbackCsvWriter
{
    public const string TotalSection = "total";

    public static void Write(TextWriter writer, ShowbackReport report)
    {
        var csv = new Report("Showback",
        [
            new("month", "Month"), new("bu", "Business unit"), new("buName", "Name"), new("status", "Status"),
            new("section", "Section"), new("item", "Item"), new("label", "Label"), new("currency", "Currency"),
            new("amount", "Net", ReportColumnKind.Money), new("gross", "Gross", ReportColumnKind.Money), new("estimated", "Estimated", ReportColumnKind.Money),
            new("previous", "Previous month", ReportColumnKind.Money), new("change", "Change", ReportColumnKind.Money), new("changePercent", "Change %"),
        ]);
        foreach (var statement in report.Statements)
        {
            var month = ShowbackText.Month(statement.Month);
            var bu = statement.Bu ?? ShowbackText.UnallocatedId;
            var status = ShowbackText.Status(statement);
            foreach (var t in statement.Totals)
            {
                csv.Add(month, bu, statement.Name, status, TotalSection, TotalSection, TotalSection, t.Currency, MoneyText.Exact(t.Amount), MoneyText.Exact(t.Gross),
                    MoneyText.Exact(t.Estimated), t.Previous is { } p ? MoneyText.Exact(p) : null, MoneyText.Exact(t.Change), ShowbackText.Percent(t.ChangePercent));
            }

            foreach (var line in statement.Lines)
            {
                csv.Add(month, bu, statement.Name, status, line.Section, line.Item, line.Label, line.Currency, MoneyText.Exact(line.Amount), null, null, null, null, null);
            }
        }

        csv.WriteCsv(writer);
    }
}
