using System.CommandLine;
using ValueLedger.Cli.Output;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger export allocated --output FILE.csv [--from --to]</c>: every allocation row as FOCUS-style
/// CSV with FOCUS 1.3's AllocatedMethodId / AllocatedMethodDetails and x_ columns (see <see cref="ExportAllocatedCsv"/>).
/// </summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var output = new Option<string>("--output", "-o") { Description = "The CSV file to write (replaced whole on success).", HelpName = "FILE.csv", Required = true };
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var allocated = new Command("allocated", "Allocated cost as FOCUS-style CSV: one row per allocation row, the line's FOCUS columns scaled by its share.");
        foreach (var option in new Option[] { output, from, to })
        {
            allocated.Options.Add(option);
        }

        allocated.SetAction(async (parse, ct) =>
        {
            var (start, end) = InsightPeriod.Resolve(parse.GetValue(from), parse.GetValue(to));
            var path = parse.GetValue(output)!;
            var rows = await InsightPeriod.WithStoreAsync(
                context, parse.GetValue(db)!, s => ExportAllocatedCsv.WriteAsync(s.ReadAllocatedSharesAsync(start, end, ct), path, ct), ct).ConfigureAwait(false);
            context.Stderr.WriteLine(rows == 0
                ? $"wrote {path}: no allocation rows in the period (header only); run valueledger allocate first"
                : $"wrote {MoneyText.Count(rows)} allocation rows to {path}");
            return 0;
        });
        var command = new Command("export", "Export ledger data for BI tools.");
        command.Subcommands.Add(allocated);
        return command;
    }
}
