using ValueLedger.Importers.Privacy;

namespace ValueLedger.Importers.Tests.Privacy;

public sealed class LedgerKeyTests : IDisposable
{
    private const string Ledger = "/data/ledger.duckdb";
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly string folder = Path.Combine(Path.GetTempPath(), "valueledger-ledgerkey-tests-" + Guid.NewGuid().ToString("N"));

    private string SecretPath => Path.Combine(folder, "secret");

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task OpenHasher_FirstRun_CreatesTheSecretAndRecordsItsFingerprint()
    {
        var store = new HashHoldingStore();

        var hasher = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);

        Assert.True(File.Exists(SecretPath));
        Assert.Equal(hasher.Fingerprint, store.Fingerprint);
        Assert.Equal(new HmacIdentifierHasher(InstallationSecret.Read(SecretPath)).Hash("alice"), hasher.Hash("alice"));
    }

    [Fact]
    public async Task OpenHasher_SecretMissingOnALaterRun_ClearErrorAndNothingCreated()
    {
        var store = new HashHoldingStore();
        var first = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);
        File.Delete(SecretPath);

        var error = await Assert.ThrowsAsync<InstallationSecretException>(() => LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None));

        Assert.Contains($"the installation secret {SecretPath} is missing but {Ledger} holds identifiers hashed under key {first.Fingerprint}", error.Message, StringComparison.Ordinal);
        Assert.Contains(InstallationSecret.EnvironmentVariable, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(SecretPath));
    }

    [Fact]
    public async Task OpenHasher_AnotherSecret_ClearErrorNamingBothKeys()
    {
        var store = new HashHoldingStore { Fingerprint = "0123456789abcdef" };
        InstallationSecret.LoadOrCreate(SecretPath);

        var error = await Assert.ThrowsAsync<InstallationSecretException>(() => LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None));

        var actual = new HmacIdentifierHasher(InstallationSecret.Read(SecretPath)).Fingerprint;
        Assert.Contains($"{SecretPath} (key {actual}) is not the one {Ledger} was hashed under (key 0123456789abcdef)", error.Message, StringComparison.Ordinal);
        Assert.Equal("0123456789abcdef", store.Fingerprint);
    }

    [Fact]
    public async Task Rotate_StoredHashes_RekeyedToWhatTheNewSecretGivesTheSameIdentifier()
    {
        var store = new HashHoldingStore();
        var before = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);
        store.Hashes.AddRange([before.Hash("alice")!, before.Hash("bob")!]);

        var rotation = await LedgerKey.RotateAsync(store, Ledger, SecretPath, "admin", At, CancellationToken.None);
        var after = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);

        Assert.Equal([after.Hash("alice")!, after.Hash("bob")!], store.Hashes);
        Assert.NotEqual(before.Hash("alice"), after.Hash("alice"));
        Assert.Equal((before.Fingerprint, after.Fingerprint, 2L, 2), (rotation.OldFingerprint, rotation.NewFingerprint, rotation.HashesRekeyed, rotation.KeyCount));
        Assert.Equal(after.Fingerprint, store.Fingerprint);
        Assert.False(File.Exists(InstallationSecret.PendingPath(SecretPath)));
    }

    [Fact]
    public async Task OpenHasher_CrashAfterTheLedgerCommitted_FinishesTheMove()
    {
        var store = new HashHoldingStore();
        var before = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);
        store.Hashes.Add(before.Hash("alice")!);
        // What a rotation leaves when it stops between the ledger's commit and the move: the next secret pending, the ledger re-keyed.
        var keys = InstallationSecret.Read(SecretPath);
        var key = new byte[32];
        key[0] = 7;
        var next = new HmacIdentifierHasher([.. keys, key]);
        InstallationSecret.WritePending(SecretPath, [.. keys, key]);
        await store.RekeyPersonHashesAsync(h => HmacIdentifierHasher.Rekey(key, h), next.Fingerprint, "admin", At, CancellationToken.None);

        var reopened = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);

        Assert.Equal(next.Fingerprint, reopened.Fingerprint);
        Assert.Equal(2, InstallationSecret.Read(SecretPath).Count);
        Assert.False(File.Exists(InstallationSecret.PendingPath(SecretPath)));
        Assert.Equal(reopened.Hash("alice"), Assert.Single(store.Hashes));
    }

    [Fact]
    public async Task Rotate_LedgerTransactionFails_SecretAndLedgerUnchanged()
    {
        var store = new HashHoldingStore();
        var before = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);
        store.FailRekey = true;

        await Assert.ThrowsAsync<IOException>(() => LedgerKey.RotateAsync(store, Ledger, SecretPath, "admin", At, CancellationToken.None));

        Assert.False(File.Exists(InstallationSecret.PendingPath(SecretPath)));
        Assert.Equal(before.Fingerprint, (await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None)).Fingerprint);
    }

    [Fact]
    public async Task OpenHasher_StalePendingTheLedgerNeverCommitted_RemovedAndCurrentKeyKept()
    {
        var store = new HashHoldingStore();
        var before = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);
        InstallationSecret.WritePending(SecretPath, [.. InstallationSecret.Read(SecretPath), new byte[32]]);

        var reopened = await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);

        Assert.Equal(before.Fingerprint, reopened.Fingerprint);
        Assert.False(File.Exists(InstallationSecret.PendingPath(SecretPath)));
    }

    [Fact]
    public async Task Status_AfterRotation_KeyCountAndMatchWithoutTheKey()
    {
        var store = new HashHoldingStore();
        await LedgerKey.OpenHasherAsync(store, Ledger, SecretPath, CancellationToken.None);
        await LedgerKey.RotateAsync(store, Ledger, SecretPath, "admin", At, CancellationToken.None);

        var status = await LedgerKey.StatusAsync(store, SecretPath, CancellationToken.None);

        Assert.Equal(new SecretStatus(SecretPath, true, 2, store.Fingerprint, store.Fingerprint, false), status);
        Assert.True(status.Usable);
        Assert.False((await LedgerKey.StatusAsync(new HashHoldingStore { Fingerprint = "ffffffffffffffff" }, SecretPath, CancellationToken.None)).Usable);
    }
}
