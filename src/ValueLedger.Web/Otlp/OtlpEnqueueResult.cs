namespace ValueLedger.Web.Otlp;

/// <summary>What <see cref="OtlpIngestQueue.TryEnqueue"/> did with a request's records.</summary>
internal enum OtlpEnqueueResult
{
    /// <summary>Queued whole: they will be committed.</summary>
    Accepted,

    /// <summary>Not queued: the queue is full (429, the client retries).</summary>
    Full,

    /// <summary>Not queued: the server is stopping (503, the client retries elsewhere or later).</summary>
    Closed,
}
