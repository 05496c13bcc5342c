using System.CommandLine;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Storage;
using ValueLedger.Importers;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Cli.Commands;

/// <summary><c>valueledger import PATH...</c></summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to import (.gz is read as gzip).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format")
        {
            Description = $"Read every file as this format instead of recognising it: {string.Join(", ", ImporterRegistry.All.Select(i => i.Format))}.",
            HelpName = "FORMAT",
        };
        var lenient = new Option<bool>("--lenient") { Description = "Set bad rows aside in a rejects file (with reasons) and import the rest. Default: stop at the first bad row." };
        var rejects = new Option<string?>("--rejects-dir") { Description = "Folder for rejects files (default: current folder).", HelpName = "DIR" };
        var mapping = new Option<string?>("--mapping") { Description = "Column mapping (YAML) for a generic usage CSV; implies --format generic-csv.", HelpName = "FILE" };
        var prices = GlobalOptions.Prices();
        var output = new Option<OutputFormat?>("--output") { Description = "Summary as table (default) or json.", HelpName = "table|json" };

        var command = new Command("import", "Import cost and usage files into the ledger. Each file lands whole or not at all; the same file twice changes nothing.");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { format, lenient, rejects, mapping, prices, output })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var files = InputFiles.Expand(parse.GetValue(paths)!);
            if (files.Count == 0)
            {
                throw new CliException("no files to import in the paths given");
            }

            var pricer = Services.LoadPrices(parse.GetValue(prices));
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var options = new ImportOptions
                {
                    Format = parse.GetValue(format),
                    Lenient = parse.GetValue(lenient),
                    RejectsDirectory = parse.GetValue(rejects),
                    MappingPath = parse.GetValue(mapping),
                    Pricer = pricer,
                    Hasher = await Services.OpenHasherAsync(store, ct).ConfigureAwait(false),
                    Time = context.Time,
                };
                var results = await ImportProgressView.RunAsync(context, new ImportRunner(store, options), files, ct).ConfigureAwait(false);
                ImportSummary.Write(context, results, parse.GetValue(output) ?? OutputFormat.Table);
                return results.Any(r => r.Outcome == ImportOutcome.Failed) || results.Count < files.Count ? 1 : 0;
            }
        });
        return command;
    }
}
