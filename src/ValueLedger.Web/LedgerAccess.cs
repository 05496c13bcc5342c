using ValueLedger.Core.Organisation;
using ValueLedger.Core.Storage;
using ValueLedger.Storage.DuckDb;
using ValueLedger.Web.Imports;

namespace ValueLedger.Web;

/// <summary>
/// The ledger and organisation the server works on. The store is opened on first use and held until the server
/// stops: reads run side by side on their own connections, writes take turns (see <see cref="DuckDbSpendStore"/>).
/// While the server runs it owns the ledger file; the CLI cannot write to it meanwhile.
/// </summary>
internal sealed class LedgerAccess(WebOptions options, Organisation organisation) : IAsyncDisposable
{
    private readonly SemaphoreSlim opening = new(1, 1);
    private DuckDbSpendStore? store;
    private WebIdentifierKey? identifierKey;

    public Organisation Organisation { get; } = organisation;

    public TimeProvider Time => options.Time;

    public WebOptions Options => options;

    /// <summary>The identifier hasher of this ledger, checked against the installation secret at start-up.</summary>
    public WebIdentifierKey IdentifierKey => LazyInitializer.EnsureInitialized(ref identifierKey, () => new WebIdentifierKey(this));

    /// <summary>
    /// The store holds one import session at a time: uploads and the OTLP receiver's batches take this turn around
    /// their import, so that neither fails with "another import session is open".
    /// </summary>
    public SemaphoreSlim ImportTurn { get; } = new(1, 1);

    /// <summary>The open store (opened now if needed). Do not dispose it.</summary>
    public async Task<DuckDbSpendStore> StoreAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref store) is { } open)
        {
            return open;
        }

        await opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            store ??= await DuckDbSpendStore.OpenAsync(options.LedgerPath, new DuckDbStoreOptions { TimeProvider = options.Time }, cancellationToken).ConfigureAwait(false);
            return store;
        }
        finally
        {
            opening.Release();
        }
    }

    /// <summary>Runs the work against the open store.</summary>
    public async Task<T> WithStoreAsync<T>(Func<ISpendStore, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var open = await StoreAsync(cancellationToken).ConfigureAwait(false);
        return await work(open).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            store = null;
        }

        identifierKey?.Dispose();
        opening.Dispose();
        ImportTurn.Dispose();
    }
}
