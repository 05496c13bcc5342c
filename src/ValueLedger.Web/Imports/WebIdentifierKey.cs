using ValueLedger.Core.Import;
using ValueLedger.Importers.Privacy;

namespace ValueLedger.Web.Imports;

/// <summary>
/// The identifier hasher uploads and the OTLP receiver share: this installation's secret, checked once against the
/// ledger (see <see cref="LedgerKey"/>) by <see cref="IdentifierKeyCheck"/> when the server starts, so a missing or
/// different secret stops the server with a clear error instead of hashing people under a new key.
/// <see cref="WebOptions.Hasher"/>, when set (tests), is used as given.
/// </summary>
internal sealed class WebIdentifierKey(LedgerAccess ledger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private IIdentifierHasher? hasher;

    /// <summary>The hasher after the start-up check.</summary>
    public IIdentifierHasher Hasher =>
        ledger.Options.Hasher ?? Volatile.Read(ref hasher) ?? throw new InvalidOperationException("the installation secret is checked when the server starts");

    /// <summary>The hasher, checking the secret against the ledger first if that has not been done.</summary>
    /// <exception cref="InstallationSecretException">The secret is missing for a ledger that holds hashes, or is another key.</exception>
    public async Task<IIdentifierHasher> HasherAsync(CancellationToken cancellationToken)
    {
        if ((ledger.Options.Hasher ?? Volatile.Read(ref hasher)) is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (hasher is null)
            {
                var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
                var opened = await LedgerKey.OpenHasherAsync(store, store.LedgerPath, InstallationSecret.DefaultPath(), cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref hasher, opened);
            }

            return hasher;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
