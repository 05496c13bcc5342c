using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Storage;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Cli.Commands;

/// <summary>The table (or JSON) printed after an import, and the messages that go with it.</summary>
internal static class ImportSummary
{
    public static void Write(CliContext context, IReadOnlyList<FileImportResult> results, OutputFormat format)
    {
        var report = new Report("Import summary",
        [
            new("file", "File"), new("format", "Format"), new("outcome", "Outcome"),
            new("rows", "Rows", ReportColumnKind.Count), new("inserted", "Inserted", ReportColumnKind.Count),
            new("rejected", "Rejected", ReportColumnKind.Count), new("skippedDuplicates", "Skipped (duplicate)", ReportColumnKind.Count),
            new("cost", "Cost (exact)", ReportColumnKind.ExactMoney), new("currency", "Currency"),
            new("periodStart", "From"), new("periodEnd", "To (excl.)"),
        ]);
        foreach (var r in results)
        {
            var costs = r.Cost.Count == 0 ? [new CurrencyAmount(string.Empty, 0m)] : r.Cost;
            foreach (var cost in costs)
            {
                report.Add(
                    r.FileName, r.Format, Outcome(r.Outcome),
                    Num(r.RowsRead), Num(r.RowsInserted), Num(r.RowsRejected), Num(r.RowsSkippedAsDuplicate),
                    r.Cost.Count == 0 ? null : MoneyText.Exact(cost.Amount), cost.Currency,
                    MoneyText.Date(r.PeriodStart), MoneyText.Date(r.PeriodEnd));
            }
        }

        if (format == OutputFormat.Json)
        {
            report.WriteJson(context.Stdout);
        }
        else
        {
            report.WriteTable(context.Out);
        }

        foreach (var r in results)
        {
            WriteNotes(context, r);
        }
    }

    private static void WriteNotes(CliContext context, FileImportResult r)
    {
        if (r.Outcome == ImportOutcome.Failed)
        {
            context.Error(r.Message ?? $"{r.FileName}: import failed");
            return;
        }

        if (r.Outcome == ImportOutcome.DuplicateFile)
        {
            context.Stderr.WriteLine($"{r.FileName}: {r.Message}");
        }

        foreach (var replaced in r.Replaced)
        {
            context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.FileName}: replaced billing period {replaced.BillingPeriodStart:yyyy-MM-dd} to {replaced.BillingPeriodEnd:yyyy-MM-dd} of {replaced.Provider} account {replaced.BillingAccountId ?? "(none)"} ({replaced.RowsRemoved} rows from {string.Join(", ", replaced.PreviousSources)})"));
        }

        foreach (var unpriced in r.Unpriced)
        {
            context.Stderr.WriteLine($"warning: {r.FileName}: {unpriced.Records} records of {unpriced.Provider} model '{unpriced.Model ?? "(none)"}' have no price in the price book and carry no cost; add the model to a --prices file and run 'valueledger reprice'");
        }

        if (r.RowsRejected > 0)
        {
            context.Stderr.WriteLine($"warning: {r.FileName}: {r.RowsRejected} rows rejected; reasons in {r.RejectsFile}");
        }
    }

    private static string Outcome(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Imported => "imported",
        ImportOutcome.DuplicateFile => "skipped: already imported",
        _ => "FAILED",
    };

    private static string Num(long value) => value.ToString(CultureInfo.InvariantCulture);
}
