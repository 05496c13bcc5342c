using Google.Protobuf;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Otel;

/// <summary>
/// Walks one protobuf <c>ExportTraceServiceRequest</c> held in <paramref name="buffer"/>: resource_spans, their
/// resource attributes and scope_spans, and each span, handed to <paramref name="mapper"/> one by one.
/// </summary>
internal sealed partial class OtlpProtobufWalker(byte[] buffer, OtlpTraceMapper mapper, IRecordSink sink)
{
    // Field numbers of opentelemetry-proto v1 (trace.proto, resource.proto, common.proto).
    private const int RequestResourceSpans = 1;
    private const int ResourceSpansResource = 1;
    private const int ResourceSpansScopeSpans = 2;
    private const int ResourceAttributes = 1;
    private const int ScopeSpansSpans = 2;
    private const int SpanTraceId = 1;
    private const int SpanSpanId = 2;
    private const int SpanStart = 7;
    private const int SpanEnd = 8;
    private const int SpanAttributes = 9;
    private const int SpanStatus = 15;
    private const int StatusCode = 3;

    /// <summary>The request's resource_spans in order.</summary>
    /// <returns>False when the sink said stop.</returns>
    public bool ReadRequest(CodedInputStream input)
    {
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == RequestResourceSpans && IsMessage(tag))
            {
                if (!ReadResourceSpans(Nested(input)))
                {
                    return false;
                }
            }
            else
            {
                input.SkipLastField();
            }
        }

        return true;
    }

    private bool ReadResourceSpans(CodedInputStream input)
    {
        // The resource may come after the spans on the wire (fields may appear in any order): spans are kept as
        // positions until the message has been read whole.
        var resource = new OtlpSpanAttributes();
        var scopes = new List<CodedInputStream>();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case ResourceSpansResource when IsMessage(tag):
                    ReadAttributesOf(Nested(input), ResourceAttributes, resource);
                    break;
                case ResourceSpansScopeSpans when IsMessage(tag):
                    scopes.Add(Nested(input));
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        foreach (var scope in scopes)
        {
            while ((tag = scope.ReadTag()) != 0)
            {
                if (WireFormat.GetTagFieldNumber(tag) == ScopeSpansSpans && IsMessage(tag))
                {
                    if (!mapper.Emit(ReadSpan(Nested(scope)), resource, 1, sink))
                    {
                        return false;
                    }
                }
                else
                {
                    scope.SkipLastField();
                }
            }
        }

        return true;
    }

    private OtlpSpan ReadSpan(CodedInputStream input)
    {
        var span = new OtlpSpan { Attributes = new OtlpSpanAttributes() };
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case SpanTraceId when IsMessage(tag):
                    span.TraceId = OtlpSpan.Hex(input.ReadBytes().Span);
                    break;
                case SpanSpanId when IsMessage(tag):
                    span.SpanId = OtlpSpan.Hex(input.ReadBytes().Span);
                    break;
                case SpanStart when WireFormat.GetTagWireType(tag) == WireFormat.WireType.Fixed64:
                    // 0 is "unset" in proto3: no start.
                    span.Start = input.ReadFixed64() is > 0 and var start && OtlpSpan.TryUnixNanos(start, out var s) ? s : null;
                    break;
                case SpanEnd when WireFormat.GetTagWireType(tag) == WireFormat.WireType.Fixed64:
                    span.End = input.ReadFixed64() is > 0 and var end && OtlpSpan.TryUnixNanos(end, out var e) ? e : null;
                    break;
                case SpanAttributes when IsMessage(tag):
                    ReadKeyValue(Nested(input), span.Attributes);
                    break;
                case SpanStatus when IsMessage(tag):
                    span.StatusError = ReadStatusCode(Nested(input)) == OtlpTraceMapper.StatusCodeError;
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return span;
    }

    private static int ReadStatusCode(CodedInputStream input)
    {
        var code = 0;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == StatusCode && WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint)
            {
                code = input.ReadEnum();
            }
            else
            {
                input.SkipLastField();
            }
        }

        return code;
    }

    /// <summary>Reads the repeated <c>KeyValue</c> field <paramref name="field"/> of a message into <paramref name="into"/>.</summary>
    private void ReadAttributesOf(CodedInputStream input, int field, OtlpSpanAttributes into)
    {
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == field && IsMessage(tag))
            {
                ReadKeyValue(Nested(input), into);
            }
            else
            {
                input.SkipLastField();
            }
        }
    }

    internal static bool IsMessage(uint tag) => WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited;

    /// <summary>
    /// The length-delimited field whose tag was just read, as a stream of its own over the same buffer (no copy);
    /// the outer stream moves past it.
    /// </summary>
    private CodedInputStream Nested(CodedInputStream input)
    {
        // Position is absolute in the buffer for a buffer-backed stream. Skipping the field checks its length
        // against the bytes left, so a truncated message fails here rather than later.
        var lengthAt = checked((int)input.Position);
        input.SkipLastField();
        var end = checked((int)input.Position);
        var nested = new CodedInputStream(buffer, lengthAt, end - lengthAt);
        nested.ReadLength();
        return nested;
    }
}
