namespace ValueLedger.Importers.Privacy;

/// <summary>What a rotation did: the fingerprints before and after, the stored hashes re-keyed, the keys the secret now chains.</summary>
public sealed record SecretRotation(string OldFingerprint, string NewFingerprint, long HashesRekeyed, int KeyCount);
