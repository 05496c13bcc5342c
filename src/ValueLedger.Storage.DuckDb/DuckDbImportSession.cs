using System.Collections.Concurrent;
using DuckDB.NET.Data;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// One file's import. Records are handed in batches to a dedicated thread that appends them to a
/// TEMP staging table through DuckDB's appender, so that the importer's parsing and the appending
/// run side by side; the batch queue is bounded, so memory does not grow with the file.
/// The staging table lives on the session's own connection: it never reaches the ledger file, and
/// dies with the connection (or the process). <see cref="CommitAsync"/> moves it in one transaction.
/// </summary>
/// <remarks>A record must not be changed after <see cref="Append"/>: it is written later, on the writer thread.</remarks>
internal sealed partial class DuckDbImportSession : IImportSession
{
    private const string StagingTable = "staging_records";
    private const string HeldKeysTable = "staging_held_keys";
    private const int BatchSize = 2048;
    private const int QueuedBatches = 4;

    private readonly DuckDbSpendStore store;
    private readonly DuckDBConnection connection;
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
    private bool disposed;

    private DuckDbImportSession(DuckDbSpendStore store, DuckDBConnection connection, ImportManifest manifest, TimeProvider time)
    {
        this.store = store;
        this.connection = connection;
        this.manifest = manifest;
        this.time = time;
        appender = new ChunkAppender(connection, "temp", "main", StagingTable, StagingRowWriter.StagingTypes);
        writer = Task.Factory.StartNew(WriteBatches, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Opens the session's connection and its staging table.</summary>
    public static async Task<DuckDbImportSession> StartAsync(DuckDbSpendStore store, DuckDBConnection connection, ImportManifest manifest, TimeProvider time, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            $"CREATE OR REPLACE TEMP TABLE {StagingTable} (seq BIGINT NOT NULL, kind UTINYINT NOT NULL, {LedgerColumns.Definitions()})",
            cancellationToken).ConfigureAwait(false);
        return new DuckDbImportSession(store, connection, manifest, time);
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
            throw new InvalidOperationException($"staging failed: {failure.Message}", failure);
        }

        StagingRowWriter.Validate(record);
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
            // Rows still in the appender's chunk are dropped with it; the staging table goes next.
            appender.Dispose();
            await Sql.ExecuteAsync(connection, $"DROP TABLE IF EXISTS temp.{StagingTable}", CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is DuckDBException or InvalidOperationException)
        {
            // The connection is closed below, which drops the TEMP table in any case.
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

    /// <summary>Hands the last partial batch over, waits for the writer and flushes the appender.</summary>
    private async Task FinishStagingAsync()
    {
        if (batchCount > 0)
        {
            Hand();
        }

        await StopWriterAsync().ConfigureAwait(false);
        if (writerFailure is { } failure)
        {
            throw new InvalidOperationException($"staging failed: {failure.Message}", failure);
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
        using var rowWriter = new StagingRowWriter();
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
