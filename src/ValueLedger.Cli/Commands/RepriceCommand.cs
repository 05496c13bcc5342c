using System.CommandLine;

namespace ValueLedger.Cli.Commands;

/// <summary><c>valueledger reprice</c>: recompute price-book estimates explicitly.</summary>
internal static class RepriceCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var from = GlobalOptions.From();
        var to = GlobalOptions.To();
        var prices = GlobalOptions.Prices();
        var command = new Command("reprice", "Recompute the estimated cost of usage telemetry priced from the price book (and of unpriced records) with the current prices. Costs carried by a source and cost of record are never changed.");
        foreach (var option in new Option[] { from, to, prices })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var pricer = Services.LoadPrices(parse.GetValue(prices));
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var progress = new Progress<long>(n => context.Stderr.WriteLine($"repriced {n:#,##0} records"));
                var result = await store.RepriceAsync(pricer, parse.GetValue(from), parse.GetValue(to), progress, ct).ConfigureAwait(false);
                context.Stdout.WriteLine($"repriced {result.RecordsRepriced:#,##0} records; {result.RecordsChanged:#,##0} changed; {result.RecordsUnpriced:#,##0} still without a price");
                foreach (var (provider, model, records) in result.UnknownModels)
                {
                    context.Stderr.WriteLine($"warning: no price for {provider} model '{model ?? "(none)"}' ({records:#,##0} records)");
                }

                return 0;
            }
        });
        return command;
    }
}
