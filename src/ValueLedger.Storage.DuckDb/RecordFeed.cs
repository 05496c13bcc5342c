using System.Collections.Concurrent;
using DuckDB.NET.Native;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The records of one import on their way from the importer's thread to DuckDB's threads: batches
/// of <see cref="BatchSize"/> records in a bounded queue (so memory does not grow with the file),
/// each written as <c>spend_records</c> rows by whichever DuckDB thread takes it, several to a chunk.
/// </summary>
/// <remarks>
/// Batches are small and the queue short because the records in flight are what survives the
/// importer's garbage collections: 2048-record batches, 4 queued, made every gen0 collection a
/// gen1 one and cost 2.7 s of pauses over 5M LiteLLM rows.
/// </remarks>
internal sealed class RecordFeed(long sourceId, string format, int maxThreads) : IChunkFeed, IDisposable
{
    /// <summary>Records per batch; a divisor of <see cref="ChunkWriter.Capacity"/>.</summary>
    public const int BatchSize = 512;

    private const int QueuedBatches = 4;

    private readonly BlockingCollection<(SpendRecord[] Records, int Count, long FirstSeq)> queue = new(QueuedBatches);
    private readonly ConcurrentBag<SpendRecord[]> spare = [];
    private readonly CancellationTokenSource stop = new();
    private volatile Exception? failure;

    public IReadOnlyList<(string Name, DuckDBType Type)> Columns => LedgerRowWriter.Columns;

    public int MaxThreads => maxThreads;

    /// <summary>Why the feed stopped, when a reader or the query failed.</summary>
    public Exception? Failure => failure;

    /// <summary>An empty batch array, reused when one is free.</summary>
    public SpendRecord[] Rent() => spare.TryTake(out var reused) ? reused : new SpendRecord[BatchSize];

    /// <summary>Queues a batch whose first record has <paramref name="firstSeq"/>; blocks while the queue is full.</summary>
    /// <exception cref="InvalidOperationException">The feed has stopped.</exception>
    public void Add(SpendRecord[] records, int count, long firstSeq)
    {
        try
        {
            queue.Add((records, count, firstSeq), stop.Token);
        }
        catch (OperationCanceledException)
        {
            throw Stopped();
        }
    }

    /// <summary>No more batches: the readers end once the queue is empty.</summary>
    public void Complete() => queue.CompleteAdding();

    /// <summary>Ends the feed now: readers take nothing more and adding throws. Keeps the first failure.</summary>
    public void Stop(Exception? cause)
    {
        if (cause is not null)
        {
            Interlocked.CompareExchange(ref failure, cause, null);
        }

        stop.Cancel();
    }

    public InvalidOperationException Stopped() =>
        failure is { } cause ? new InvalidOperationException($"appending records failed: {cause.Message}", cause) : new InvalidOperationException("the import session has ended");

    public IChunkFeedReader OpenReader() => new Reader(this, new LedgerRowWriter(sourceId, format));

    public void Dispose()
    {
        queue.Dispose();
        stop.Dispose();
    }

    private sealed class Reader(RecordFeed feed, LedgerRowWriter rows) : IChunkFeedReader
    {
        /// <summary>Waits for one batch, then adds those already queued while the chunk has room.</summary>
        public void Fill(ChunkWriter chunk)
        {
            try
            {
                if (!feed.queue.TryTake(out var batch, Timeout.Infinite, feed.stop.Token))
                {
                    return;
                }

                Write(chunk, batch);
                while (chunk.Rows + BatchSize <= ChunkWriter.Capacity && feed.queue.TryTake(out batch))
                {
                    Write(chunk, batch);
                }
            }
            catch (OperationCanceledException)
            {
                // Stopped: this thread has read everything it will.
            }
        }

        public void Dispose() => rows.Dispose();

        private void Write(ChunkWriter chunk, (SpendRecord[] Records, int Count, long FirstSeq) batch)
        {
            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    rows.Write(chunk, batch.Records[i], batch.FirstSeq + i);
                }
            }
            catch (Exception exception)
            {
                feed.Stop(exception);
                throw;
            }
            finally
            {
                Array.Clear(batch.Records, 0, batch.Count);
                feed.spare.Add(batch.Records);
            }
        }
    }
}
