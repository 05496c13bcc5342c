using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Storage;

/// <summary>
/// One file's import in progress. Records are staged; nothing is visible until
/// <see cref="CommitAsync"/> succeeds, and disposing without a successful commit leaves the ledger
/// exactly as it was (also when the process is killed).
/// </summary>
public interface IImportSession : IAsyncDisposable
{
    /// <summary>Stages one record. Not thread-safe.</summary>
    void Append(SpendRecord record);

    /// <summary>
    /// In one transaction: applies the manifest's replacement policy, inserts the staged records and
    /// records the source. On a conflict (e.g. a FOCUS billing period that overlaps one already held
    /// without being the same period) nothing changes and the result says why.
    /// </summary>
    Task<ImportCommitResult> CommitAsync(ImportStatistics statistics, CancellationToken cancellationToken);
}
