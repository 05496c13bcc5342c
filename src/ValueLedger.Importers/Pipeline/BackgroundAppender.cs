using System.Threading.Channels;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Importers.Pipeline;

/// <summary>
/// Hands records to the import session on a second thread, in batches, so that parsing and staging
/// run side by side. The queue is bounded: when staging falls behind, the parser waits, so memory
/// stays flat whatever the file size.
/// </summary>
internal sealed class BackgroundAppender
{
    private const int BatchSize = 8192;
    private readonly Channel<SpendRecord[]> _queue = Channel.CreateBounded<SpendRecord[]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
    private readonly Task _consumer;
    private SpendRecord[] _batch = new SpendRecord[BatchSize];
    private int _count;

    public BackgroundAppender(IImportSession session)
    {
        _consumer = Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
                {
                    foreach (var record in batch)
                    {
                        session.Append(record);
                    }
                }
            }
            catch (Exception ex)
            {
                // Stop the producer too: its next write fails with this exception.
                _queue.Writer.TryComplete(ex);
                throw;
            }
        });
    }

    /// <summary>Queues one record (called on the importer's thread).</summary>
    public void Add(SpendRecord record)
    {
        _batch[_count++] = record;
        if (_count == BatchSize)
        {
            Post(_batch);
            _batch = new SpendRecord[BatchSize];
            _count = 0;
        }
    }

    /// <summary>Sends what is queued and waits until the session has staged every record.</summary>
    public async Task CompleteAsync()
    {
        if (_count > 0)
        {
            Post(_batch[.._count]);
            _count = 0;
        }

        _queue.Writer.TryComplete();
        await _consumer.ConfigureAwait(false);
    }

    /// <summary>Stops without caring for what is queued (the import is being abandoned).</summary>
    public async Task AbandonAsync()
    {
        _queue.Writer.TryComplete();
        try
        {
            await _consumer.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // The import is abandoned anyway; the session rolls back.
        }
    }

    private void Post(SpendRecord[] batch)
    {
        if (!_queue.Writer.TryWrite(batch))
        {
            // Back-pressure: wait for the stager. If it failed, this rethrows its exception.
            _queue.Writer.WriteAsync(batch).AsTask().GetAwaiter().GetResult();
        }
    }
}
