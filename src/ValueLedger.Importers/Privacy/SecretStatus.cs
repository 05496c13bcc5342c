namespace ValueLedger.Importers.Privacy;

/// <summary>
/// The installation secret as seen for one ledger (never the key): its path, whether it exists, how many keys it chains
/// and their fingerprint, the fingerprint the ledger recorded, and whether a rotation left a pending secret behind.
/// </summary>
public sealed record SecretStatus(string Path, bool Exists, int KeyCount, string? SecretFingerprint, string? LedgerFingerprint, bool RotationPending)
{
    /// <summary>The ledger may use the secret: same key, or no key recorded yet (the first run records it).</summary>
    public bool Usable => LedgerFingerprint is null || LedgerFingerprint == SecretFingerprint;
}
