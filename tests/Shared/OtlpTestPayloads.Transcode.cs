using System.Globalization;
using System.Text.Json;
using Google.Protobuf;

namespace ValueLedger.Testing;

/// <summary>OTLP JSON to protobuf, for sending one document in both encodings.</summary>
internal static partial class OtlpTestPayloads
{
    /// <summary>An OTLP JSON <c>ExportTraceServiceRequest</c> as protobuf bytes.</summary>
    public static byte[] ToProtobuf(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Message(output =>
        {
            foreach (var resourceSpans in Items(document.RootElement, "resourceSpans"))
            {
                output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ResourceSpans(resourceSpans));
            }
        }).ToByteArray();
    }

    private static ByteString ResourceSpans(JsonElement resourceSpans) => Message(output =>
    {
        if (resourceSpans.TryGetProperty("resource", out var resource))
        {
            output.WriteTag(1, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(Message(r => KeyValues(r, 1, resource)));
        }

        foreach (var scopeSpans in Items(resourceSpans, "scopeSpans"))
        {
            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(Message(s =>
            {
                foreach (var span in Items(scopeSpans, "spans"))
                {
                    s.WriteTag(2, WireFormat.WireType.LengthDelimited);
                    s.WriteBytes(Span(span));
                }
            }));
        }
    });

    private static ByteString Span(JsonElement span) => Message(output =>
    {
        output.WriteTag(1, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(Convert.FromHexString(span.GetProperty("traceId").GetString()!)));
        output.WriteTag(2, WireFormat.WireType.LengthDelimited);
        output.WriteBytes(ByteString.CopyFrom(Convert.FromHexString(span.GetProperty("spanId").GetString()!)));
        if (span.TryGetProperty("name", out var name))
        {
            output.WriteTag(5, WireFormat.WireType.LengthDelimited);
            output.WriteString(name.GetString());
        }

        foreach (var (field, property) in new[] { (7, "startTimeUnixNano"), (8, "endTimeUnixNano") })
        {
            if (span.TryGetProperty(property, out var nanos))
            {
                output.WriteTag(field, WireFormat.WireType.Fixed64);
                output.WriteFixed64(ulong.Parse(nanos.ValueKind == JsonValueKind.String ? nanos.GetString()! : nanos.GetRawText(), CultureInfo.InvariantCulture));
            }
        }

        KeyValues(output, 9, span);
        if (span.TryGetProperty("status", out var status))
        {
            output.WriteTag(15, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(Message(s =>
            {
                if (status.TryGetProperty("message", out var message))
                {
                    s.WriteTag(2, WireFormat.WireType.LengthDelimited);
                    s.WriteString(message.GetString());
                }

                if (status.TryGetProperty("code", out var code))
                {
                    s.WriteTag(3, WireFormat.WireType.Varint);
                    s.WriteEnum(code.ValueKind == JsonValueKind.Number ? code.GetInt32() : code.GetString() == "STATUS_CODE_ERROR" ? 2 : 0);
                }
            }));
        }
    });

    /// <summary>The <c>attributes</c> of <paramref name="owner"/> as repeated KeyValue field <paramref name="field"/>.</summary>
    private static void KeyValues(CodedOutputStream output, int field, JsonElement owner)
    {
        foreach (var attribute in Items(owner, "attributes"))
        {
            output.WriteTag(field, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(KeyValue(attribute));
        }
    }

    private static ByteString KeyValue(JsonElement attribute) => Message(output =>
    {
        output.WriteTag(1, WireFormat.WireType.LengthDelimited);
        output.WriteString(attribute.GetProperty("key").GetString());
        if (attribute.TryGetProperty("value", out var value))
        {
            output.WriteTag(2, WireFormat.WireType.LengthDelimited);
            output.WriteBytes(AnyValue(value));
        }
    });

    private static ByteString AnyValue(JsonElement value) => Message(output =>
    {
        foreach (var property in value.EnumerateObject())
        {
            switch (property.Name)
            {
                case "stringValue":
                    output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                    output.WriteString(property.Value.GetString());
                    break;
                case "boolValue":
                    output.WriteTag(2, WireFormat.WireType.Varint);
                    output.WriteBool(property.Value.GetBoolean());
                    break;
                case "intValue":
                    output.WriteTag(3, WireFormat.WireType.Varint);
                    output.WriteInt64(long.Parse(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText(), CultureInfo.InvariantCulture));
                    break;
                case "doubleValue":
                    output.WriteTag(4, WireFormat.WireType.Fixed64);
                    output.WriteDouble(property.Value.GetDouble());
                    break;
                case "arrayValue" or "kvlistValue":
                    var kv = property.Name == "kvlistValue";
                    output.WriteTag(kv ? 6 : 5, WireFormat.WireType.LengthDelimited);
                    output.WriteBytes(Message(list =>
                    {
                        foreach (var item in Items(property.Value, "values"))
                        {
                            list.WriteTag(1, WireFormat.WireType.LengthDelimited);
                            list.WriteBytes(kv ? KeyValue(item) : AnyValue(item));
                        }
                    }));
                    break;
                default:
                    break;
            }
        }
    });

    private static JsonElement[] Items(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray()]
            : [];
}
