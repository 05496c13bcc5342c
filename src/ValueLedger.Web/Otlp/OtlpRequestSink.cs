using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// Collects one request's records. A GenAI span that cannot be read (no ids, a bad token count) is rejected and
/// counted for the response's <c>partialSuccess</c>; a payload that cannot be decoded at all is fatal (400).
/// </summary>
internal sealed class OtlpRequestSink : IRecordSink
{
    public List<SpendRecord> Records { get; } = [];

    /// <summary>GenAI spans rejected (each is not usage, and the client is told how many).</summary>
    public long RejectedSpans { get; private set; }

    /// <summary>The first rejection's reason, for <c>partialSuccess.errorMessage</c>.</summary>
    public string? FirstRejection { get; private set; }

    /// <summary>Why the payload could not be decoded; null when it could.</summary>
    public string? Fatal { get; private set; }

    public void Accept(SpendRecord record) => Records.Add(record);

    public bool Reject(RowError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.IsFatal)
        {
            Fatal ??= error.Reason;
            return false;
        }

        RejectedSpans++;
        FirstRejection ??= error.Column is null ? error.Reason : $"{error.Reason} ({error.Column})";
        return true;
    }
}
