using ValueLedger.Core.Import;
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

    public static IIdentifierHasher LoadHasher()
    {
        var path = InstallationSecret.DefaultPath();
        try
        {
            return new HmacIdentifierHasher(InstallationSecret.LoadOrCreate(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new CliException($"installation secret {path}: {ex.Message}");
        }
    }
}
