using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Storage;

namespace ValueLedger.Cli.Commands;

/// <summary><c>valueledger sources</c>: the import history.</summary>
internal static class SourcesCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var format = GlobalOptions.Format();
        var command = new Command("sources", "Import history: every file, its hash, format, rows, when and how it ended.");
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var sources = await store.ListSourcesAsync(ct).ConfigureAwait(false);
                var report = new Report("Import history",
                [
                    new("id", "Id", ReportColumnKind.Count), new("file", "File"), new("sha256", "SHA-256"), new("format", "Format"),
                    new("outcome", "Outcome"), new("rowsRead", "Rows", ReportColumnKind.Count), new("rowsInserted", "Inserted", ReportColumnKind.Count),
                    new("rowsRejected", "Rejected", ReportColumnKind.Count), new("rowsSkippedAsDuplicate", "Skipped (dup.)", ReportColumnKind.Count),
                    new("rowsReplaced", "Replaced", ReportColumnKind.Count), new("importedAt", "When (UTC)"), new("message", "Message"),
                ]);
                foreach (var s in sources)
                {
                    report.Add(
                        N(s.Id), s.FileName, (parse.GetValue(format) ?? OutputFormat.Table) == OutputFormat.Table ? s.Sha256[..12] : s.Sha256, s.Format,
                        s.Outcome switch { ImportOutcome.Imported => "imported", ImportOutcome.DuplicateFile => "duplicate file", _ => "failed" },
                        N(s.RowsRead), N(s.RowsInserted), N(s.RowsRejected), N(s.RowsSkippedAsDuplicate), N(s.RowsReplaced),
                        MoneyText.Timestamp(s.StartedAt), s.Message ?? string.Empty);
                }

                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, sources.Count == 0 ? "nothing imported yet" : null);
                return 0;
            }
        });
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
