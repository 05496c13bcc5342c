using System.Collections.Concurrent;
using System.Data.Common;
using DuckDB.NET.Data;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// One file's import. The session opens a transaction on its own connection when it begins, and
/// appends the records straight into <c>spend_records</c> under the source id it reserves, on a
/// dedicated thread (DuckDB's appender, through <see cref="ChunkAppender"/>), so that the importer's
/// parsing and the appending run side by side; the batch queue is bounded.
/// </summary>
/// <remarks>
/// <para>Nothing is visible to other connections before <see cref="CommitAsync"/>, which finishes the
/// same transaction; disposing without a commit rolls it back. DuckDB writes full row groups of a
/// transaction's appends to the database file as they fill (and frees them on rollback), so memory
/// does not grow with the file, and there is no second copy at commit. A process killed mid-import
/// leaves no commit in the write-ahead log: the file reopens as the previous ledger.</para>
/// <para>A record must not be changed after <see cref="Append"/>: it is written later, on the writer thread.</para>
/// </remarks>
internal sealed partial class DuckDbImportSession : IImportSession
{
    private const int BatchSize = 2048;
    private const int QueuedBatches = 4;

    private readonly DuckDbSpendStore store;
    private readonly DuckDBConnection connection;
    private readonly DbTransaction transaction;
    private readonly ImportManifest manifest;
    private readonly TimeProvider time;
    private readonly ChunkAppender appender;
    private readonly BlockingCollection<(SpendRecord[] Records, int Count)> queue = new(QueuedBatches);
    private readonly ConcurrentBag<SpendRecord[]> spare = [];
    private readonly Task writer;
    private SpendRecord[] batch = new SpendRecord[BatchSize];
    private int batchCount;
    private long staged;
    private volatile Exception? writerFailure;
    private volatile bool abandoning;
    private bool finished;
    private bool transactionEnded;
    private bool disposed;

    private DuckDbImportSession(DuckDbSpendStore store, DuckDBConnection connection, DbTransaction transaction, long sourceId, ImportManifest manifest, TimeProvider time)
    {
        this.store = store;
        this.connection = connection;
        this.transaction = transaction;
        this.manifest = manifest;
        this.time = time;
        SourceId = sourceId;
        appender = new ChunkAppender(connection, null, "main", "spend_records", LedgerRowWriter.LedgerTypes);
        writer = Task.Factory.StartNew(WriteBatches, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>The id this import's records carry, and its <c>sources</c> row will have on commit.</summary>
    public long SourceId { get; }

    /// <summary>Begins the session's transaction on <paramref name="connection"/> and reserves the next free source id.</summary>
    public static async Task<DuckDbImportSession> StartAsync(DuckDbSpendStore store, DuckDBConnection connection, ImportManifest manifest, TimeProvider time, CancellationToken cancellationToken)
    {
        var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var sourceId = await SourceHistory.NextIdAsync(connection, cancellationToken).ConfigureAwait(false);
            return new DuckDbImportSession(store, connection, transaction, sourceId, manifest, time);
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

        if (writerFailure is { } failure)
        {
            throw new InvalidOperationException($"appending records failed: {failure.Message}", failure);
        }

        LedgerRowWriter.Validate(record);
        batch[batchCount++] = record;
        if (batchCount == BatchSize)
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
        abandoning = !finished;
        await StopWriterAsync().ConfigureAwait(false);
        try
        {
            // Rows still in the appender's chunk are dropped with it; the rollback takes the rest.
            appender.Dispose();
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
            await connection.DisposeAsync().ConfigureAwait(false);
            queue.Dispose();
            store.SessionEnded(this);
        }
    }

    private void Hand()
    {
        queue.Add((batch, batchCount));
        batch = spare.TryTake(out var reused) ? reused : new SpendRecord[BatchSize];
        batchCount = 0;
    }

    /// <summary>Hands the last partial batch over, waits for the writer and flushes the appender into the transaction.</summary>
    private async Task FinishAppendingAsync()
    {
        if (batchCount > 0)
        {
            Hand();
        }

        await StopWriterAsync().ConfigureAwait(false);
        if (writerFailure is { } failure)
        {
            throw new InvalidOperationException($"appending records failed: {failure.Message}", failure);
        }

        appender.Close();
    }

    private async Task StopWriterAsync()
    {
        if (!queue.IsAddingCompleted)
        {
            queue.CompleteAdding();
        }

        await writer.ConfigureAwait(false);
    }

    private void WriteBatches()
    {
        using var rowWriter = new LedgerRowWriter(SourceId, manifest.Format);
        foreach (var (records, count) in queue.GetConsumingEnumerable())
        {
            if (writerFailure is null && !abandoning)
            {
                try
                {
                    for (var i = 0; i < count; i++)
                    {
                        rowWriter.Write(appender, records[i], staged++);
                    }
                }
                catch (Exception exception) when (exception is DuckDBException or InvalidOperationException or ArgumentException or OverflowException)
                {
                    writerFailure = exception;
                }
            }

            Array.Clear(records, 0, count);
            spare.Add(records);
        }
    }
}
