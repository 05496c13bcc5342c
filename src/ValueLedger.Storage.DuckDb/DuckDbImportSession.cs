using System.Data.Common;
using DuckDB.NET.Data;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// One file's import. The session opens a transaction on its own connection when it begins,
/// reserves the next source id, and runs one <c>INSERT INTO spend_records .. SELECT</c> from the
/// table function <c>valueledger_feed</c> for as long as records come: the importer's thread hands
/// records over in batches (<see cref="RecordFeed"/>), and DuckDB's threads write them into chunks
/// and store them side by side, while the importer goes on parsing.
/// </summary>
/// <remarks>
/// <para>Nothing is visible to other connections before <see cref="CommitAsync"/>, which finishes the
/// same transaction; disposing without a commit rolls it back. DuckDB writes full row groups of a
/// transaction's inserts to the database file as they fill (and frees them on rollback), so memory
/// does not grow with the file, and there is no second copy at commit. A process killed mid-import
/// leaves no commit in the write-ahead log: the file reopens as the previous ledger.</para>
/// <para>A record must not be changed after <see cref="Append"/>: it is written later, on another thread.</para>
/// </remarks>
internal sealed partial class DuckDbImportSession : IImportSession
{
    private readonly DuckDbSpendStore store;
    private readonly DuckDBConnection connection;
    private readonly DbTransaction transaction;
    private readonly ImportManifest manifest;
    private readonly TimeProvider time;
    private readonly RecordFeed feed;
    private readonly long feedId;
    private readonly string insert;
    private readonly Task writer;
    private SpendRecord[] batch;
    private int batchCount;
    private long staged;
    private long inserted;
    private bool finished;
    private bool transactionEnded;
    private bool disposed;

    private DuckDbImportSession(DuckDbSpendStore store, DuckDBConnection connection, DbTransaction transaction, long sourceId, bool skipHeldKeys, ImportManifest manifest, TimeProvider time, int threads)
    {
        this.store = store;
        this.connection = connection;
        this.transaction = transaction;
        this.manifest = manifest;
        this.time = time;
        SourceId = sourceId;
        feed = new RecordFeed(sourceId, manifest.Format, threads);
        feedId = ChunkFeedFunction.Add(feed);
        var source = $"{ChunkFeedFunction.Name}({feedId})";
        insert = $"""
            INSERT INTO spend_records ({string.Join(", ", LedgerRowWriter.Columns.Select(c => c.Name))})
            SELECT f.* FROM {(skipHeldKeys ? DuplicateKeys.WithoutHeldKeys(source) : $"{source} f")}
            """;
        batch = feed.Rent();
        writer = Task.Factory.StartNew(Insert, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The id this import's records carry, and its <c>sources</c> row will have on commit.</summary>
    public long SourceId { get; }

    /// <summary>
    /// Begins the session's transaction on <paramref name="connection"/>, reserves the next free
    /// source id and starts the insert (which leaves out held keys when the manifest says so).
    /// </summary>
    public static async Task<DuckDbImportSession> StartAsync(DuckDbSpendStore store, DuckDBConnection connection, ImportManifest manifest, TimeProvider time, int threads, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sourceId = await SourceHistory.NextIdAsync(connection, cancellationToken).ConfigureAwait(false);
            var skipHeldKeys = manifest.Replacement == ReplacementPolicy.SkipDuplicateKeys
                && await DuplicateKeys.HeldAsync(connection, manifest.Format, cancellationToken).ConfigureAwait(false);
            return new DuckDbImportSession(store, connection, transaction, sourceId, skipHeldKeys, manifest, time, threads);
        }
        catch
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Append(SpendRecord record)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (finished)
        {
            throw new InvalidOperationException("the import session has already been committed");
        }

        if (feed.Failure is not null)
        {
            throw feed.Stopped();
        }

        LedgerRowWriter.Validate(record);
        batch[batchCount++] = record;
        if (batchCount == batch.Length)
        {
            Hand();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (!finished)
        {
            // The insert ends at once with the rows it has; the rollback takes them.
            feed.Stop(null);
        }

        await writer.ConfigureAwait(false);
        try
        {
            if (!transactionEnded)
            {
                transactionEnded = true;
                await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
            }

            await transaction.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DuckDBException or InvalidOperationException)
        {
            // Closing the connection below ends the transaction without a commit in any case.
        }
        finally
        {
            ChunkFeedFunction.Remove(feedId);
            await connection.DisposeAsync().ConfigureAwait(false);
            feed.Dispose();
            store.SessionEnded(this);
        }
    }

    private void Hand()
    {
        feed.Add(batch, batchCount, staged);
        staged += batchCount;
        batch = feed.Rent();
        batchCount = 0;
    }

    /// <summary>Hands the last partial batch over and waits for the insert to store everything.</summary>
    private async Task FinishAppendingAsync()
    {
        if (batchCount > 0)
        {
            Hand();
        }

        feed.Complete();
        await writer.ConfigureAwait(false);
        if (feed.Failure is not null)
        {
            throw feed.Stopped();
        }
    }

    /// <summary>The insert, on its own thread: it returns when the feed is complete or stopped.</summary>
    private void Insert()
    {
        try
        {
            using var command = Sql.Command(connection, insert, ("format", manifest.Format));
            inserted = command.ExecuteNonQuery();
        }
        catch (Exception exception)
        {
            // Whatever ended the insert, the importer's thread must not wait on a queue nobody
            // reads: stopping the feed makes Append throw with this failure.
            feed.Stop(exception);
        }
    }
}
