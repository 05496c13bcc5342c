using System.Security.Cryptography;
using ValueLedger.Core.People;

namespace ValueLedger.Importers.Privacy;

/// <summary>
/// Pairs a ledger with the installation secret its person hashes were made under. The ledger records the secret's
/// fingerprint the first time a hasher is opened for it; afterwards a missing or different secret is a clear error,
/// never a silent new key (which would split every person in two: old records under one hash, new under another).
/// </summary>
/// <remarks>
/// Rotation appends a key, writes the next secret beside the current one (<see cref="InstallationSecret.PendingPath"/>),
/// re-keys every stored hash in one ledger transaction, then moves the next secret into place. A crash after the ledger
/// commit leaves the pending file, whose fingerprint the ledger now holds: the next open finishes the move. A crash
/// before it leaves a pending file the ledger does not match: the next open removes it. Several ledgers sharing one
/// secret file: rotating for one re-keys only that one, and the others then refuse to open a hasher (a clear error).
/// </remarks>
public static class LedgerKey
{
    /// <summary>
    /// The hasher for <paramref name="store"/> (named <paramref name="ledger"/> in messages) under the secret at
    /// <paramref name="secretPath"/>: creates the secret on the first run, records its fingerprint, and refuses a
    /// missing or different secret once the ledger holds one.
    /// </summary>
    /// <exception cref="InstallationSecretException">The secret is missing, another key, or unreadable.</exception>
    public static async Task<HmacIdentifierHasher> OpenHasherAsync(IPeopleStore store, string ledger, string secretPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var recorded = await store.GetKeyFingerprintAsync(cancellationToken).ConfigureAwait(false);
        SettlePendingRotation(secretPath, recorded);
        if (!File.Exists(secretPath))
        {
            if (recorded is not null)
            {
                throw new InstallationSecretException(
                    $"the installation secret {secretPath} is missing but {ledger} holds identifiers hashed under key {recorded}: restore the secret file "
                    + $"from your backup or point {InstallationSecret.EnvironmentVariable} at it; creating a new one would split every person in two");
            }

            var created = new HmacIdentifierHasher(Guard(secretPath, () => InstallationSecret.LoadOrCreate(secretPath)));
            await store.SetKeyFingerprintAsync(created.Fingerprint, cancellationToken).ConfigureAwait(false);
            return created;
        }

        var hasher = new HmacIdentifierHasher(Guard(secretPath, () => InstallationSecret.Read(secretPath)));
        if (recorded is null)
        {
            await store.SetKeyFingerprintAsync(hasher.Fingerprint, cancellationToken).ConfigureAwait(false);
        }
        else if (recorded != hasher.Fingerprint)
        {
            throw new InstallationSecretException(
                $"the installation secret {secretPath} (key {hasher.Fingerprint}) is not the one {ledger} was hashed under (key {recorded}): point "
                + $"{InstallationSecret.EnvironmentVariable} at that ledger's secret file or restore it from your backup (ledgers sharing one secret "
                + "file part ways when one of them rotates it)");
        }

        return hasher;
    }

    /// <summary>The secret as seen for the ledger, read only (nothing is created, recorded or moved).</summary>
    public static async Task<SecretStatus> StatusAsync(IPeopleStore store, string secretPath, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var recorded = await store.GetKeyFingerprintAsync(cancellationToken).ConfigureAwait(false);
        var pending = File.Exists(InstallationSecret.PendingPath(secretPath));
        if (!File.Exists(secretPath))
        {
            return new SecretStatus(secretPath, false, 0, null, recorded, pending);
        }

        var hasher = new HmacIdentifierHasher(Guard(secretPath, () => InstallationSecret.Read(secretPath)));
        return new SecretStatus(secretPath, true, hasher.KeyCount, hasher.Fingerprint, recorded, pending);
    }

    /// <summary>
    /// Rotates the secret for <paramref name="store"/>: a new random key is appended, every stored person hash re-keyed in
    /// one transaction (audited <c>secret.rotate</c> by <paramref name="actor"/>), then the secret file replaced.
    /// </summary>
    public static async Task<SecretRotation> RotateAsync(IPeopleStore store, string ledger, string secretPath, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var current = await OpenHasherAsync(store, ledger, secretPath, cancellationToken).ConfigureAwait(false);
        var keys = Guard(secretPath, () => InstallationSecret.Read(secretPath));
        var key = RandomNumberGenerator.GetBytes(32);
        var next = new HmacIdentifierHasher([.. keys, key]);
        Guard(secretPath, () =>
        {
            InstallationSecret.WritePending(secretPath, [.. keys, key]);
            return keys;
        });
        long rekeyed;
        try
        {
            rekeyed = await store.RekeyPersonHashesAsync(h => HmacIdentifierHasher.Rekey(key, h), next.Fingerprint, actor, at, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(InstallationSecret.PendingPath(secretPath));
            throw;
        }

        Guard(secretPath, () =>
        {
            InstallationSecret.CompletePending(secretPath);
            return keys;
        });
        return new SecretRotation(current.Fingerprint, next.Fingerprint, rekeyed, next.KeyCount);
    }

    /// <summary>Finishes a rotation the ledger committed (it holds the pending secret's key) or drops one it never did.</summary>
    private static void SettlePendingRotation(string secretPath, string? recorded)
    {
        var pendingPath = InstallationSecret.PendingPath(secretPath);
        if (recorded is null || !File.Exists(pendingPath))
        {
            return;
        }

        var pending = new HmacIdentifierHasher(Guard(pendingPath, () => InstallationSecret.Read(pendingPath)));
        if (pending.Fingerprint == recorded)
        {
            Guard(secretPath, () =>
            {
                InstallationSecret.CompletePending(secretPath);
                return Array.Empty<byte[]>();
            });
        }
        else if (File.Exists(secretPath) && new HmacIdentifierHasher(Guard(secretPath, () => InstallationSecret.Read(secretPath))).Fingerprint == recorded)
        {
            // The rotation stopped before the ledger's commit: the ledger still holds the current key.
            File.Delete(pendingPath);
        }
    }

    private static IReadOnlyList<byte[]> Guard(string path, Func<IReadOnlyList<byte[]>> io)
    {
        try
        {
            return io();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            throw new InstallationSecretException($"installation secret {path}: {ex.Message}", ex);
        }
    }
}
