using System.Globalization;
using System.Text;
using Google.Protobuf;

namespace ValueLedger.Testing;

/// <summary>
/// OTLP trace payloads for tests and the load benchmark: GenAI spans written as OTLP JSON, and any OTLP JSON
/// <c>ExportTraceServiceRequest</c> transcoded to protobuf with <see cref="CodedOutputStream"/> (field numbers of
/// opentelemetry-proto v1), so that one document can be sent in both encodings.
/// </summary>
internal static partial class OtlpTestPayloads
{
    /// <summary>
    /// A request with <paramref name="genAi"/> chat spans (ids derived from <paramref name="firstId"/>, so that
    /// different ids give different record keys) and <paramref name="other"/> plain HTTP spans, starting at
    /// <paramref name="start"/> one second apart.
    /// </summary>
    public static string GenAiJson(int genAi, long firstId, DateTime start, int other = 0, string model = "gpt-4o-2024-08-06", string team = "support")
    {
        var spans = new List<string>(genAi + other);
        var startNanos = (start - DateTime.UnixEpoch).Ticks * 100;
        for (var i = 0; i < genAi + other; i++)
        {
            var id = firstId + i;
            var at = startNanos + (i * 1_000_000_000L);
            var attributes = i < genAi
                ? $$$"""
                  {"key":"gen_ai.operation.name","value":{"stringValue":"chat"}},
                  {"key":"gen_ai.provider.name","value":{"stringValue":"openai"}},
                  {"key":"gen_ai.request.model","value":{"stringValue":"{{{model}}}"}},
                  {"key":"gen_ai.usage.input_tokens","value":{"intValue":"{{{1000 + (i % 7)}}}"}},
                  {"key":"gen_ai.usage.output_tokens","value":{"intValue":"{{{200 + (i % 5)}}}"}},
                  {"key":"gen_ai.usage.cache_read.input_tokens","value":{"intValue":"100"}},
                  {"key":"project","value":{"stringValue":"kb-answers"}}
                  """
                : """{"key":"http.request.method","value":{"stringValue":"GET"}}""";
            spans.Add($$$"""
                {"traceId":"{{{id.ToString("x32", CultureInfo.InvariantCulture)}}}","spanId":"{{{id.ToString("x16", CultureInfo.InvariantCulture)}}}","name":"span {{{i}}}","kind":3,
                 "startTimeUnixNano":"{{{at}}}","endTimeUnixNano":"{{{at + 800_000_000}}}","attributes":[{{{attributes}}}],"status":{}}
                """);
        }

        return $$$"""
            {"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"load-test"}},{"key":"team","value":{"stringValue":"{{{team}}}"}}]},
             "scopeSpans":[{"scope":{"name":"tests"},"spans":[{{{string.Join(",", spans)}}}]}]}]}
            """;
    }

    /// <summary>
    /// The protobuf bytes of <c>ToProtobuf(GenAiJson(genAi, firstId, start))</c>, written directly (no JSON): the load
    /// benchmark builds one such request per call, with fresh ids, without spending its CPU on JSON.
    /// </summary>
    public static byte[] GenAiProtobuf(int genAi, long firstId, DateTime start, string model = "gpt-4o-2024-08-06", string team = "support")
    {
        var startNanos = (ulong)((start - DateTime.UnixEpoch).Ticks * 100);
        var resource = Message(r =>
        {
            r.WriteTag(1, WireFormat.WireType.LengthDelimited);
            r.WriteBytes(Attribute("service.name", "load-test"));
            r.WriteTag(1, WireFormat.WireType.LengthDelimited);
            r.WriteBytes(Attribute("team", team));
        });
        var scope = Message(s =>
        {
            Span<byte> traceId = stackalloc byte[16];
            Span<byte> spanId = stackalloc byte[8];
            for (var i = 0; i < genAi; i++)
            {
                var id = firstId + i;
                traceId.Clear();
                System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(traceId[8..], id);
                System.Buffers.Binary.BinaryPrimitives.WriteInt64BigEndian(spanId, id);
                var at = startNanos + ((ulong)i * 1_000_000_000UL);
                var (trace, span) = (ByteString.CopyFrom(traceId), ByteString.CopyFrom(spanId));
                s.WriteTag(2, WireFormat.WireType.LengthDelimited);
                s.WriteBytes(Message(o =>
                {
                    o.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    o.WriteBytes(trace);
                    o.WriteTag(2, WireFormat.WireType.LengthDelimited);
                    o.WriteBytes(span);
                    o.WriteTag(5, WireFormat.WireType.LengthDelimited);
                    o.WriteString($"span {i}");
                    o.WriteTag(7, WireFormat.WireType.Fixed64);
                    o.WriteFixed64(at);
                    o.WriteTag(8, WireFormat.WireType.Fixed64);
                    o.WriteFixed64(at + 800_000_000UL);
                    foreach (var attribute in new[]
                    {
                        Attribute("gen_ai.operation.name", "chat"), Attribute("gen_ai.provider.name", "openai"), Attribute("gen_ai.request.model", model),
                        Attribute("gen_ai.usage.input_tokens", 1000 + (i % 7)), Attribute("gen_ai.usage.output_tokens", 200 + (i % 5)),
                        Attribute("gen_ai.usage.cache_read.input_tokens", 100), Attribute("project", "kb-answers"),
                    })
                    {
                        o.WriteTag(9, WireFormat.WireType.LengthDelimited);
                        o.WriteBytes(attribute);
                    }

                    o.WriteTag(15, WireFormat.WireType.LengthDelimited);
                    o.WriteBytes(ByteString.Empty);
                }));
            }
        });
        return Message(o =>
        {
            o.WriteTag(1, WireFormat.WireType.LengthDelimited);
            o.WriteBytes(Message(rs =>
            {
                rs.WriteTag(1, WireFormat.WireType.LengthDelimited);
                rs.WriteBytes(resource);
                rs.WriteTag(2, WireFormat.WireType.LengthDelimited);
                rs.WriteBytes(scope);
            }));
        }).ToByteArray();
    }

    private static ByteString Attribute(string key, string value) => Message(o =>
    {
        o.WriteTag(1, WireFormat.WireType.LengthDelimited);
        o.WriteString(key);
        o.WriteTag(2, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(Message(v =>
        {
            v.WriteTag(1, WireFormat.WireType.LengthDelimited);
            v.WriteString(value);
        }));
    });

    private static ByteString Attribute(string key, long value) => Message(o =>
    {
        o.WriteTag(1, WireFormat.WireType.LengthDelimited);
        o.WriteString(key);
        o.WriteTag(2, WireFormat.WireType.LengthDelimited);
        o.WriteBytes(Message(v =>
        {
            v.WriteTag(3, WireFormat.WireType.Varint);
            v.WriteInt64(value);
        }));
    });

    private static ByteString Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(output);
        }

        return ByteString.CopyFrom(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>UTF-8 bytes of a JSON payload.</summary>
    public static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);
}
