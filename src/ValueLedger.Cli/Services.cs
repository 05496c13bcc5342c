using ValueLedger.Core.Import;
using ValueLedger.Core.People;
using ValueLedger.Core.Pricing;
using ValueLedger.Core.Storage;
using ValueLedger.Importers.Pricing;
using ValueLedger.Importers.Privacy;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Cli;

/// <summary>Opens what commands work on: the ledger, the price book, the identifier hasher.</summary>
internal static class Services
{
    public static async Task<ISpendStore> OpenStoreAsync(string path, CliContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await DuckDbSpendStore.OpenAsync(path, new DuckDbStoreOptions { TimeProvider = context.Time }, cancellationToken).ConfigureAwait(false);
        }
        catch (LedgerOpenException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    public static IPricer LoadPrices(string? overridePath)
    {
        try
        {
            var defaults = PriceBookLoader.LoadDefault();
            return overridePath is null ? defaults : PriceBookLoader.Load(defaults, overridePath);
        }
        catch (PriceBookException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (IOException ex)
        {
            throw new CliException($"{overridePath}: {ex.Message}");
        }
    }

    /// <summary>
    /// The identifier hasher for <paramref name="store"/>'s ledger under this installation's secret: created on the
    /// first run and recorded in the ledger; a missing or different secret afterwards is an error (never a new key).
    /// </summary>
    public static async Task<IIdentifierHasher> OpenHasherAsync(ISpendStore store, CancellationToken cancellationToken)
    {
        try
        {
            return await LedgerKey.OpenHasherAsync(PeopleStore(store), LedgerName(store), InstallationSecret.DefaultPath(), cancellationToken).ConfigureAwait(false);
        }
        catch (InstallationSecretException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    /// <summary>The people side of the ledger (the DuckDB store implements both ports).</summary>
    public static IPeopleStore PeopleStore(ISpendStore store) =>
        store as IPeopleStore ?? throw new CliException("this ledger has no people store");

    /// <summary>The ledger's file path, for messages.</summary>
    public static string LedgerName(ISpendStore store) => store is DuckDbSpendStore duck ? duck.LedgerPath : "the ledger";
}
