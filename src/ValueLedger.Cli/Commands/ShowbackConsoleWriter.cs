using Spectre.Console;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Showback;

namespace ValueLedger.Cli.Commands;

/// <summary>The console form of showback: one section per business unit (a heading, its totals, its breakdowns), Unallocated last.</summary>
internal static class ShowbackConsoleWriter
{
    public static void Write(IAnsiConsole console, ShowbackReport report)
    {
        console.WriteLine($"AI spend statements for {ShowbackText.MonthName(report.Month)} (UTC); amounts per currency, net of credits");
        if (ShowbackText.NotAllocatedWarning(report) is { } warning)
        {
            console.WriteLine($"warning: {warning}");
        }

        foreach (var statement in report.Statements)
        {
            console.WriteLine();
            console.Write(new Rule(Markup.Escape(Heading(statement))).LeftJustified());
            if (statement.Billing.Status == StatementStatus.Billable && statement.Billing.Acknowledgement is { } acknowledgement)
            {
                console.WriteLine(ShowbackText.Acknowledged(acknowledgement));
            }

            if (statement.Billing.Note is { } note)
            {
                console.WriteLine($"note: {note}");
            }

            if (statement.Totals.Count == 0)
            {
                console.WriteLine($"no AI cost allocated in {ShowbackText.Month(report.Month)} or the month before");
                continue;
            }

            Totals(statement, report.PreviousMonthAllocated).WriteTable(console, "estimated = usage telemetry no bill covers (included in net)");
            Breakdown(statement).WriteTable(console);
        }

        console.WriteLine();
        console.WriteLine("allocated in total: " + string.Join(", ", report.PeriodTotals.Select(t => $"{MoneyText.Table(t.Value)} {t.Key}")));
    }

    /// <summary>An AnsiConsole over a file: no colours, wide enough that tables do not wrap.</summary>
    public static IAnsiConsole PlainConsole(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        return console;
    }

    private static string Heading(ShowbackStatement statement) =>
        statement.IsUnallocated
            ? $"Unallocated — {ShowbackText.Month(statement.Month)} — on no business unit"
            : $"{statement.Name} ({statement.Bu}) — {ShowbackText.Month(statement.Month)} — {ShowbackText.Banner(statement)}"
              + (statement.Owner is { } owner ? $" — owner {owner}" : string.Empty);

    private static Report Totals(ShowbackStatement statement, bool previousMonthAllocated)
    {
        var report = new Report("Total",
        [
            new("currency", "Currency"), new("net", "Net", ReportColumnKind.Money), new("gross", "Gross", ReportColumnKind.Money),
            new("estimated", "Estimated", ReportColumnKind.Money), new("previous", "Previous month", ReportColumnKind.Money), new("change", "Change", ReportColumnKind.ExactMoney),
        ]);
        foreach (var total in statement.Totals)
        {
            report.Add(total.Currency, MoneyText.Exact(total.Amount), MoneyText.Exact(total.Gross), MoneyText.Exact(total.Estimated),
                total.Previous is { } p ? MoneyText.Exact(p) : null, ShowbackText.Change(total, previousMonthAllocated));
        }

        return report;
    }

    private static Report Breakdown(ShowbackStatement statement)
    {
        var report = new Report("Breakdown",
        [
            new("section", "Breakdown"), new("item", "Item"), new("currency", "Currency"), new("amount", "Net", ReportColumnKind.Money),
        ]);
        foreach (var line in statement.Lines)
        {
            var item = line.Label == line.Item ? line.Item : $"{line.Label} ({line.Item})";
            report.Add(ShowbackText.SectionHeading(line.Section), item, line.Currency, MoneyText.Exact(line.Amount));
        }

        return report;
    }
}
