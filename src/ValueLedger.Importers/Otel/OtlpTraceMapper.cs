using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Otel;

/// <summary>
/// Walks OTLP JSON <c>ExportTraceServiceRequest</c> documents
/// (<c>resourceSpans[].scopeSpans[].spans[]</c>) and turns each GenAI span into a usage-telemetry
/// record. One instance per import: it numbers the records and caches hashed identifiers.
/// </summary>
internal sealed partial class OtlpTraceMapper
{
    private readonly SpanKeyedCache<string?> _hashes;

    public OtlpTraceMapper(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _hashes = new SpanKeyedCache<string?>(context.Hasher.Hash, maxEntries: 65_536);
    }

    /// <summary>Spans seen, GenAI or not.</summary>
    public long Spans { get; private set; }

    /// <summary>GenAI spans seen, whether they became records or errors.</summary>
    public long GenAiSpans { get; private set; }

    /// <summary>Records produced.</summary>
    public long Records { get; private set; }

    /// <summary>Documents read.</summary>
    public long Documents { get; private set; }

    /// <summary>
    /// Reads one document starting at <paramref name="line"/>. A document that is not an OTLP trace
    /// export is a fatal error when it is the first one (the input is some other format), else an
    /// error for its line.
    /// </summary>
    /// <returns>False when the sink says stop.</returns>
    public bool ReadDocument(JsonElement root, long line, IRecordSink sink)
    {
        var first = ++Documents == 1;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return RejectDocument(sink, line, first, "is not a JSON object");
        }

        if (!TryGet(root, out var resourceSpans, "resourceSpans", "resource_spans"))
        {
            // {} is an export with nothing in it; any other object is some other format.
            return root.EnumerateObject().Any() ? RejectDocument(sink, line, first, "has no resourceSpans") : true;
        }

        if (resourceSpans.ValueKind != JsonValueKind.Array)
        {
            return RejectDocument(sink, line, first, "has a resourceSpans that is not an array");
        }

        foreach (var resourceSpan in resourceSpans.EnumerateArray())
        {
            if (resourceSpan.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var resource = TryGet(resourceSpan, out var r, "resource") && r.ValueKind == JsonValueKind.Object
                           && TryGet(r, out var attributes, "attributes")
                ? OtlpSpanAttributes.Read(attributes)
                : OtlpSpanAttributes.Read(default);
            if (TryGet(resourceSpan, out var scopeSpans, "scopeSpans", "scope_spans", "instrumentationLibrarySpans")
                && scopeSpans.ValueKind == JsonValueKind.Array
                && !ReadScopeSpans(scopeSpans, resource, line, sink))
            {
                return false;
            }
        }

        return true;
    }

    private bool ReadScopeSpans(JsonElement scopeSpans, OtlpSpanAttributes resource, long line, IRecordSink sink)
    {
        foreach (var scopeSpan in scopeSpans.EnumerateArray())
        {
            if (scopeSpan.ValueKind != JsonValueKind.Object
                || !TryGet(scopeSpan, out var spans, "spans") || spans.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var span in spans.EnumerateArray())
            {
                if (!Emit(ReadSpan(span), resource, line, sink))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>
    /// One OTLP JSON span; ids, times and status are read only for GenAI spans (the others are skipped, and most
    /// spans of a trace are not GenAI).
    /// </summary>
    private static OtlpSpan ReadSpan(JsonElement span)
    {
        if (span.ValueKind != JsonValueKind.Object)
        {
            return new OtlpSpan { Attributes = OtlpSpanAttributes.Read(default) };
        }

        var result = new OtlpSpan { Attributes = OtlpSpanAttributes.Read(TryGet(span, out var attributes, "attributes") ? attributes : default) };
        if (!result.Attributes.IsGenAi)
        {
            return result;
        }

        result.TraceId = TryGet(span, out var t, "traceId", "trace_id") && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        result.SpanId = TryGet(span, out var s, "spanId", "span_id") && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        result.Start = TryGet(span, out var startNanos, "startTimeUnixNano", "start_time_unix_nano") && OtlpAnyValue.TryUnixNanos(startNanos, out var start) ? start : null;
        result.End = TryGet(span, out var endNanos, "endTimeUnixNano", "end_time_unix_nano") && OtlpAnyValue.TryUnixNanos(endNanos, out var end) ? end : null;
        result.StatusError = IsError(span);
        return result;
    }

    /// <summary>Status code 2 (ERROR), written as a number or as the enum name.</summary>
    private static bool IsError(JsonElement span)
    {
        if (!TryGet(span, out var status, "status") || !TryGet(status, out var code, "code"))
        {
            return false;
        }

        return code.ValueKind switch
        {
            JsonValueKind.Number => code.TryGetInt32(out var n) && n == StatusCodeError,
            JsonValueKind.String => code.ValueEquals("STATUS_CODE_ERROR") || code.ValueEquals("2"),
            _ => false,
        };
    }

    private static bool RejectDocument(IRecordSink sink, long line, bool first, string what) =>
        sink.Reject(first
            ? new RowError(line, null, $"not an OTLP JSON trace export: the document {what}", IsFatal: true)
            : new RowError(line, null, $"the document on this line {what}")) && !first;

    /// <summary>The first of <paramref name="names"/> present on the object (lowerCamelCase or protobuf names).</summary>
    internal static bool TryGet(JsonElement element, out JsonElement value, params ReadOnlySpan<string> names)
    {
        foreach (var name in names)
        {
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out value))
            {
                return true;
            }
        }

        value = default;
        return false;
    }
}
