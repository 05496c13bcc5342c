using ValueLedger.Core.Organisation;
using ValueLedger.Core.Storage;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Web;

/// <summary>
/// The ledger and organisation the endpoints read. The store is opened per request and disposed after it,
/// so that the file is not held between requests (the CLI may write to it meanwhile).
/// </summary>
internal sealed class LedgerAccess(WebOptions options, Organisation organisation)
{
    public Organisation Organisation { get; } = organisation;

    public TimeProvider Time => options.Time;

    public async Task<DuckDbSpendStore> OpenAsync(CancellationToken cancellationToken) =>
        await DuckDbSpendStore.OpenAsync(options.LedgerPath, new DuckDbStoreOptions { TimeProvider = options.Time }, cancellationToken).ConfigureAwait(false);

    /// <summary>Opens the store, runs the work, and disposes the store.</summary>
    public async Task<T> WithStoreAsync<T>(Func<ISpendStore, Task<T>> work, CancellationToken cancellationToken)
    {
        var store = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            return await work(store).ConfigureAwait(false);
        }
    }
}
