using System.Net;
using ValueLedger.Cli.Commands;
using ValueLedger.Core.Showback;

namespace ValueLedger.Cli.Output;

/// <summary>
/// The printable HTML form of showback: one self-contained document (inline CSS, no scripts, no external
/// resources), one section per business unit with its banner and a page break when printed. Every text
/// from the organisation or the ledger is HTML-encoded.
/// </summary>
internal static class HtmlStatementWriter
{
    public static void Write(TextWriter writer, ShowbackReport report, DateTimeOffset generatedAt)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(report);
        var title = $"AI spend statements — {ShowbackText.MonthName(report.Month)}";
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine($"<title>{E(title)}</title>");
        writer.WriteLine($"<style>\n{HtmlStatementStyle.Css}\n</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        writer.WriteLine("<header>");
        writer.WriteLine($"<h1>{E(title)}</h1>");
        writer.WriteLine($"<p class=\"meta\">Generated at {E(MoneyText.Timestamp(generatedAt))} by ValueLedger from the ledger's allocations. "
            + "Months are UTC; amounts are per currency and never added across currencies.</p>");
        var totals = string.Join(", ", report.PeriodTotals.Select(t => $"{MoneyText.Table(t.Value)} {t.Key}"));
        writer.WriteLine($"<p class=\"meta\">Allocated in total, Unallocated included: {E(totals)}.</p>");
        if (ShowbackText.NotAllocatedWarning(report) is { } warning)
        {
            writer.WriteLine($"<p class=\"warning\">{E(warning)}</p>");
        }

        writer.WriteLine("</header>");
        foreach (var statement in report.Statements)
        {
            WriteStatement(writer, statement, report.PreviousMonthAllocated);
        }

        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    private static void WriteStatement(TextWriter writer, ShowbackStatement statement, bool previousMonthAllocated)
    {
        var status = statement.Billing.Status == StatementStatus.Billable ? "billable" : "informational";
        writer.WriteLine($"<section class=\"statement {status}\">");
        writer.WriteLine($"<div class=\"banner\">{E(statement.IsUnallocated ? "Unallocated — on no business unit" : ShowbackText.Banner(statement))}</div>");
        writer.WriteLine(statement.IsUnallocated
            ? $"<h2>{E(statement.Name)}</h2>"
            : $"<h2>{E(statement.Name)} <span class=\"id\">{E(statement.Bu!)}</span></h2>");
        writer.WriteLine($"<p class=\"meta\">{E(ShowbackText.MonthName(statement.Month))}"
            + (statement.Owner is { } owner ? $" · owner: {E(owner)}" : string.Empty) + "</p>");
        if (statement.Billing.Status == StatementStatus.Billable && statement.Billing.Acknowledgement is { } acknowledgement)
        {
            writer.WriteLine($"<p>Chargeback {E(ShowbackText.Acknowledged(acknowledgement))}.</p>");
        }

        if (statement.Billing.Note is { } note)
        {
            writer.WriteLine($"<p class=\"note\">{E(note)}</p>");
        }

        if (statement.Totals.Count == 0)
        {
            writer.WriteLine("<p>No AI cost was allocated to this business unit in this month or the month before.</p>");
        }
        else
        {
            WriteTotals(writer, statement, previousMonthAllocated);
            foreach (var section in statement.Lines.Select(l => l.Section).Distinct(StringComparer.Ordinal))
            {
                WriteSection(writer, statement, section);
            }
        }

        WriteHowToRead(writer);
        writer.WriteLine("</section>");
    }

    private static void WriteTotals(TextWriter writer, ShowbackStatement statement, bool previousMonthAllocated)
    {
        writer.WriteLine("<h3>Total</h3>");
        writer.WriteLine("<table><thead><tr><th>Currency</th><th class=\"num\">Net</th><th class=\"num\">of which estimated</th>"
            + "<th class=\"num\">Gross</th><th class=\"num\">Previous month</th><th class=\"num\">Change</th></tr></thead><tbody>");
        foreach (var t in statement.Totals)
        {
            writer.WriteLine($"<tr><td>{E(t.Currency)}</td><td class=\"num\">{E(MoneyText.Table(t.Amount))}</td><td class=\"num\">{E(MoneyText.Table(t.Estimated))}</td>"
                + $"<td class=\"num\">{E(MoneyText.Table(t.Gross))}</td><td class=\"num\">{E(t.Previous is { } p ? MoneyText.Table(p) : "—")}</td>"
                + $"<td class=\"num\">{E(ShowbackText.Change(t, previousMonthAllocated))}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");
    }

    private static void WriteSection(TextWriter writer, ShowbackStatement statement, string section)
    {
        writer.WriteLine($"<h3>{E(ShowbackText.SectionHeading(section))}</h3>");
        writer.WriteLine("<table><thead><tr><th></th><th>Currency</th><th class=\"num\">Net</th></tr></thead><tbody>");
        foreach (var line in statement.Section(section))
        {
            var item = line.Label == line.Item ? E(line.Item) : $"{E(line.Label)} <span class=\"id\">{E(line.Item)}</span>";
            writer.WriteLine($"<tr><td>{item}</td><td>{E(line.Currency)}</td><td class=\"num\">{E(MoneyText.Table(line.Amount))}</td></tr>");
        }

        writer.WriteLine("</tbody></table>");
    }

    private static void WriteHowToRead(TextWriter writer)
    {
        writer.WriteLine("<footer class=\"how-to-read\"><p><strong>How to read this statement</strong></p><dl>");
        foreach (var (term, meaning) in ShowbackText.HowToRead)
        {
            writer.WriteLine($"<dt>{E(term)}</dt><dd>{E(meaning)}</dd>");
        }

        writer.WriteLine("</dl></footer>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
