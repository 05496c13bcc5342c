using System.Threading.Channels;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// Records accepted by <c>POST /v1/traces</c> and not yet committed, one item per request, drained by the one
/// <see cref="OtlpBatchWriter"/>. Bounded by a count of records (not of requests): when taking a request would pass
/// <see cref="Capacity"/>, the request is refused (429) and nothing of it is queued, so nothing accepted is ever dropped.
/// </summary>
internal sealed class OtlpIngestQueue(WebOptions options)
{
    private readonly Channel<OtlpQueuedRequest> _channel =
        Channel.CreateUnbounded<OtlpQueuedRequest>(new UnboundedChannelOptions { SingleReader = true });

    private long _pending;
    private long _acceptedSpans;
    private long _committedRecords;
    private long _insertedRecords;

    /// <summary>Records the queue holds at most (accepted but not committed).</summary>
    public long Capacity { get; } = Math.Max(1, options.OtlpQueueCapacity);

    /// <summary>Records accepted and not yet committed.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>GenAI spans accepted since the server started (each became a queued record).</summary>
    public long AcceptedSpans => Interlocked.Read(ref _acceptedSpans);

    /// <summary>Records committed (inserted or left out as already held).</summary>
    public long CommittedRecords => Interlocked.Read(ref _committedRecords);

    /// <summary>Records inserted by the commits (duplicates of held keys excluded).</summary>
    public long InsertedRecords => Interlocked.Read(ref _insertedRecords);

    public ChannelReader<OtlpQueuedRequest> Reader => _channel.Reader;

    /// <summary>
    /// Queues a request's records whole, or not at all when the queue is full. A request larger than the whole
    /// capacity is taken when the queue is empty, so that it can ever go in.
    /// </summary>
    public OtlpEnqueueResult TryEnqueue(string actor, IReadOnlyList<SpendRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var count = records.Count;
        var after = Interlocked.Add(ref _pending, count);
        if (after > Capacity && after != count)
        {
            Interlocked.Add(ref _pending, -count);
            return OtlpEnqueueResult.Full;
        }

        if (!_channel.Writer.TryWrite(new OtlpQueuedRequest(actor, records)))
        {
            Interlocked.Add(ref _pending, -count);
            return OtlpEnqueueResult.Closed;
        }

        Interlocked.Add(ref _acceptedSpans, count);
        return OtlpEnqueueResult.Accepted;
    }

    /// <summary>The writer committed <paramref name="records"/> of the queued records (<paramref name="inserted"/> new to the ledger).</summary>
    public void Committed(int records, long inserted)
    {
        Interlocked.Add(ref _pending, -records);
        Interlocked.Add(ref _committedRecords, records);
        Interlocked.Add(ref _insertedRecords, inserted);
    }

    /// <summary>Takes no more requests (shutdown); what is queued is still drained.</summary>
    public void Close() => _channel.Writer.TryComplete();
}
