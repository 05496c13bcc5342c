namespace ValueLedger.Importers.Otel;

/// <summary>
/// One span as both OTLP encodings carry it (JSON documents and protobuf requests decode into this), so that one
/// mapping turns spans into usage records whatever the wire format.
/// </summary>
internal sealed class OtlpSpan
{
    /// <summary>Lower-case hex trace id (as OTLP JSON writes it); null or blank when missing.</summary>
    public string? TraceId { get; set; }

    /// <summary>Lower-case hex span id; null or blank when missing.</summary>
    public string? SpanId { get; set; }

    /// <summary>Start (UTC, to the 100 ns tick); null when missing or unreadable.</summary>
    public DateTime? Start { get; set; }

    /// <summary>End (UTC); null when missing or unreadable.</summary>
    public DateTime? End { get; set; }

    /// <summary>Whether the span's status code is ERROR (2).</summary>
    public bool StatusError { get; set; }

    /// <summary>The span's own attributes.</summary>
    public required OtlpSpanAttributes Attributes { get; init; }

    /// <summary>Lower-case hex of an id's bytes; null for none (protobuf ids are bytes, JSON ids are hex already).</summary>
    public static string? Hex(ReadOnlySpan<byte> id) => id.IsEmpty ? null : Convert.ToHexStringLower(id);

    /// <summary>A Unix time in nanoseconds as UTC, to the 100 ns tick; false when it does not fit a DateTime.</summary>
    public static bool TryUnixNanos(ulong nanos, out DateTime utc)
    {
        var ticks = nanos / 100;
        if (ticks > (ulong)(DateTime.MaxValue.Ticks - DateTime.UnixEpoch.Ticks))
        {
            utc = default;
            return false;
        }

        utc = DateTime.UnixEpoch.AddTicks((long)ticks);
        return true;
    }

}
