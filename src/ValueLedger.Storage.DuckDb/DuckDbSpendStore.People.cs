using ValueLedger.Core.People;

namespace ValueLedger.Storage.DuckDb;

// PLACEHOLDER (foundation commit): the people store is being written on branch people-store; every method throws until then.
public sealed partial class DuckDbSpendStore : IPeopleStore
{
    public Task<PeopleImportResult> ImportPeopleAsync(PeopleImport import, PeopleFacts facts, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<PeopleFacts> LoadPeopleFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<(DateOnly First, DateOnly Last)?> QueryPeopleSpanAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<PeopleImportSummary>> ListPeopleImportsAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<ResistanceEntry>> ListResistancesAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task SaveResistanceAsync(ResistanceEntry entry, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<IReadOnlyList<RoleChange>> ListRoleChangesAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task SaveRoleChangeAsync(RoleChange change, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<string?> GetKeyFingerprintAsync(CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task SetKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken) => throw new NotImplementedException();

    public Task<long> RekeyPersonHashesAsync(Func<string, string> rekey, string newFingerprint, string actor, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotImplementedException();
}
