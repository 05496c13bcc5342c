using ValueLedger.Core.People;

namespace ValueLedger.Importers.Tests.Privacy;

/// <summary>A people store that only holds person hashes and the key fingerprint: what <see cref="Importers.Privacy.LedgerKey"/> uses.</summary>
internal sealed class HashHoldingStore : IPeopleStore
{
    public List<string> Hashes { get; } = [];

    public string? Fingerprint { get; set; }

    /// <summary>When set, re-keying fails (a crash inside the ledger transaction).</summary>
    public bool FailRekey { get; set; }

    public Task<string?> GetKeyFingerprintAsync(CancellationToken cancellationToken) => Task.FromResult(Fingerprint);

    public Task SetKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken)
    {
        if (Fingerprint is not null && Fingerprint != fingerprint)
        {
            throw new InvalidOperationException("another key");
        }

        Fingerprint = fingerprint;
        return Task.CompletedTask;
    }

    public Task<long> RekeyPersonHashesAsync(Func<string, string> rekey, string newFingerprint, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        if (FailRekey)
        {
            throw new IOException("disk full");
        }

        var rewritten = Hashes.Select(rekey).ToList();
        Hashes.Clear();
        Hashes.AddRange(rewritten);
        Fingerprint = newFingerprint;
        return Task.FromResult((long)rewritten.Distinct(StringComparer.Ordinal).Count());
    }

    public Task<PeopleImportResult> ImportPeopleAsync(PeopleImport import, PeopleFacts facts, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<PeopleFacts> LoadPeopleFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<(DateOnly First, DateOnly Last)?> QueryPeopleSpanAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<PeopleImportSummary>> ListPeopleImportsAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ResistanceEntry>> ListResistancesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SaveResistanceAsync(ResistanceEntry entry, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<RoleChange>> ListRoleChangesAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SaveRoleChangeAsync(RoleChange change, CancellationToken cancellationToken) => throw new NotSupportedException();
}
