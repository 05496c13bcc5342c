using ValueLedger.Core.Import;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>The commit: the replacement policy, the sources row and COMMIT, in the session's transaction.</summary>
internal sealed partial class DuckDbImportSession
{
    /// <remarks>
    /// A conflict rolls everything back and is returned, not recorded: the pipeline keeps the
    /// failed attempt with <see cref="DuckDbSpendStore.RecordAttemptAsync"/>, as for other failures.
    /// </remarks>
    public async Task<ImportCommitResult> CommitAsync(ImportStatistics statistics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(statistics);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (finished)
        {
            throw new InvalidOperationException("the import session has already been committed");
        }

        finished = true;
        await FinishAppendingAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        // An import that replaces nothing only appends records no allocation row points at: figures stay valid.
        return await store.WriteExclusivelyAsync(() => CommitAppendedAsync(statistics, cancellationToken), cancellationToken, r => r.Replaced.Count > 0).ConfigureAwait(false);
    }

    /// <remarks>
    /// The transaction's snapshot dates from the session's start; no other import can have committed
    /// since (one session at a time), and the other writes of the store (attempts, reprices) touch
    /// neither this source's rows nor the cost records a replacement deletes.
    /// </remarks>
    private async Task<ImportCommitResult> CommitAppendedAsync(ImportStatistics statistics, CancellationToken cancellationToken)
    {
        var earlier = await SourceHistory.FindImportedAsync(connection, manifest.Sha256, cancellationToken).ConfigureAwait(false);
        if (earlier is not null)
        {
            return await FailAsync($"{manifest.FileName} has the same bytes as {earlier.FileName}, already imported as source {earlier.Id}; nothing was imported").ConfigureAwait(false);
        }

        IReadOnlyList<ReplacedScope> replaced = [];
        if (manifest.Replacement == ReplacementPolicy.ReplaceBillingPeriods)
        {
            var replacement = new BillingPeriodReplacement(connection, SourceId);
            if (await replacement.FindConflictAsync(cancellationToken).ConfigureAwait(false) is { } conflict)
            {
                return await FailAsync(conflict).ConfigureAwait(false);
            }

            replaced = await replacement.RemoveReplacedAsync(cancellationToken).ConfigureAwait(false);
        }

        // Held keys never went in (see DuplicateKeys); repeats within the file go now.
        if (manifest.Replacement == ReplacementPolicy.SkipDuplicateKeys)
        {
            inserted -= await DuplicateKeys.RemoveRepeatsAsync(connection, SourceId, cancellationToken).ConfigureAwait(false);
        }

        var result = new ImportCommitResult(SourceId, inserted, staged - inserted, replaced, Conflict: null);
        await SourceHistory.InsertAsync(
            connection,
            SourceId,
            manifest,
            ImportOutcome.Imported,
            statistics,
            result,
            time.GetUtcNow(),
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        transactionEnded = true;
        return result;
    }

    private async Task<ImportCommitResult> FailAsync(string conflict)
    {
        transactionEnded = true;
        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
        return ImportCommitResult.Failed(conflict);
    }
}
