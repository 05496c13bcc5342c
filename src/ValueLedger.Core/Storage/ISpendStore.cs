using ValueLedger.Core.Pricing;

namespace ValueLedger.Core.Storage;

/// <summary>
/// The storage port for the spend ledger. Every backend (DuckDB embedded; PostgreSQL and ClickHouse
/// later) implements it and passes the shared store contract suite. All SQL lives behind it.
/// </summary>
public interface ISpendStore : IAsyncDisposable
{
    /// <summary>The successful import of a file with these bytes, if any.</summary>
    Task<ImportedSource?> FindImportedFileAsync(string sha256, CancellationToken cancellationToken);

    /// <summary>Starts staging one file's records. Only one session at a time.</summary>
    Task<IImportSession> BeginImportAsync(ImportManifest manifest, CancellationToken cancellationToken);

    /// <summary>Keeps a failed or skipped attempt in the import history (nothing else changes).</summary>
    Task RecordAttemptAsync(ImportManifest manifest, ImportOutcome outcome, ImportStatistics statistics, CancellationToken cancellationToken);

    /// <summary>The import history, oldest first.</summary>
    Task<IReadOnlyList<ImportedSource>> ListSourcesAsync(CancellationToken cancellationToken);

    /// <summary>Spend grouped as asked, ordered by the group keys.</summary>
    Task<IReadOnlyList<SpendRow>> QuerySpendAsync(SpendQuery query, CancellationToken cancellationToken);

    /// <summary>Cost of record against telemetry estimates, per provider, account and month.</summary>
    Task<IReadOnlyList<ReconciliationRow>> ReconcileAsync(DateTime? from, DateTime? to, CancellationToken cancellationToken);

    /// <summary>
    /// Recomputes the price-book estimate of usage telemetry (records priced from the price book, and
    /// records not priced yet) in <c>[from, to)</c>, in one transaction.
    /// </summary>
    Task<RepriceResult> RepriceAsync(IPricer pricer, DateTime? from, DateTime? to, IProgress<long>? progress, CancellationToken cancellationToken);
}
