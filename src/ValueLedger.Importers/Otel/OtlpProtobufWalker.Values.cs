using System.Globalization;
using System.Text;
using System.Text.Json;
using Google.Protobuf;

namespace ValueLedger.Importers.Otel;

/// <summary>
/// <c>KeyValue</c> and <c>AnyValue</c> (common.proto) as text, spelt as OTLP JSON spells them so that both encodings
/// give the same tags: strings as they are, integers and doubles in invariant culture, booleans true/false, bytes in
/// base64, arrays and key-value lists as their OTLP JSON.
/// </summary>
internal sealed partial class OtlpProtobufWalker
{
    private const int KeyValueKey = 1;
    private const int KeyValueValue = 2;
    private const int AnyString = 1;
    private const int AnyBool = 2;
    private const int AnyInt = 3;
    private const int AnyDouble = 4;
    private const int AnyArray = 5;
    private const int AnyKvList = 6;
    private const int AnyBytes = 7;
    private const int ListValues = 1;

    /// <summary>Lists nested deeper than this are cut (written as <c>{}</c>): no payload can exhaust the stack.</summary>
    private const int MaxDepth = 8;

    private void ReadKeyValue(CodedInputStream input, OtlpSpanAttributes into)
    {
        string? key = null;
        string? text = null;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case KeyValueKey when IsMessage(tag):
                    key = input.ReadString();
                    break;
                case KeyValueValue when IsMessage(tag):
                    text = AnyText(Nested(input));
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        if (!string.IsNullOrEmpty(key))
        {
            into.Add(key, text);
        }
    }

    /// <summary>The value of an <c>AnyValue</c> as text; null when it holds none.</summary>
    private string? AnyText(CodedInputStream input)
    {
        string? text = null;
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var wire = WireFormat.GetTagWireType(tag);
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case AnyString when wire == WireFormat.WireType.LengthDelimited:
                    text = input.ReadString();
                    break;
                case AnyBool when wire == WireFormat.WireType.Varint:
                    text = input.ReadBool() ? "true" : "false";
                    break;
                case AnyInt when wire == WireFormat.WireType.Varint:
                    text = input.ReadInt64().ToString(CultureInfo.InvariantCulture);
                    break;
                case AnyDouble when wire == WireFormat.WireType.Fixed64:
                    text = input.ReadDouble().ToString("R", CultureInfo.InvariantCulture);
                    break;
                case AnyBytes when wire == WireFormat.WireType.LengthDelimited:
                    text = input.ReadBytes().ToBase64();
                    break;
                case AnyArray or AnyKvList when wire == WireFormat.WireType.LengthDelimited:
                    text = ListJson(Nested(input), WireFormat.GetTagFieldNumber(tag) == AnyKvList);
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        return text;
    }

    /// <summary>An <c>ArrayValue</c> or <c>KeyValueList</c> as its OTLP JSON: <c>{"values":[…]}</c>.</summary>
    private string ListJson(CodedInputStream input, bool keyValues)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteList(json, input, keyValues, depth: 1);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private void WriteList(Utf8JsonWriter json, CodedInputStream input, bool keyValues, int depth)
    {
        json.WriteStartObject();
        if (depth <= MaxDepth)
        {
            json.WriteStartArray("values");
            uint tag;
            while ((tag = input.ReadTag()) != 0)
            {
                if (WireFormat.GetTagFieldNumber(tag) != ListValues || !IsMessage(tag))
                {
                    input.SkipLastField();
                    continue;
                }

                if (keyValues)
                {
                    WriteKeyValue(json, Nested(input), depth);
                }
                else
                {
                    WriteAny(json, Nested(input), depth);
                }
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private void WriteKeyValue(Utf8JsonWriter json, CodedInputStream input, int depth)
    {
        json.WriteStartObject();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case KeyValueKey when IsMessage(tag):
                    json.WriteString("key", input.ReadString());
                    break;
                case KeyValueValue when IsMessage(tag):
                    json.WritePropertyName("value");
                    WriteAny(json, Nested(input), depth);
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        json.WriteEndObject();
    }

    private void WriteAny(Utf8JsonWriter json, CodedInputStream input, int depth)
    {
        json.WriteStartObject();
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            var wire = WireFormat.GetTagWireType(tag);
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case AnyString when wire == WireFormat.WireType.LengthDelimited: json.WriteString("stringValue", input.ReadString()); break;
                case AnyBool when wire == WireFormat.WireType.Varint: json.WriteBoolean("boolValue", input.ReadBool()); break;
                case AnyInt when wire == WireFormat.WireType.Varint: json.WriteString("intValue", input.ReadInt64().ToString(CultureInfo.InvariantCulture)); break;
                case AnyDouble when wire == WireFormat.WireType.Fixed64:
                    // JSON has no NaN or infinity; proto3 JSON writes them as strings.
                    var d = input.ReadDouble();
                    if (double.IsFinite(d))
                    {
                        json.WriteNumber("doubleValue", d);
                    }
                    else
                    {
                        json.WriteString("doubleValue", d.ToString(CultureInfo.InvariantCulture));
                    }

                    break;
                case AnyBytes when wire == WireFormat.WireType.LengthDelimited: json.WriteString("bytesValue", input.ReadBytes().ToBase64()); break;
                case AnyArray or AnyKvList when wire == WireFormat.WireType.LengthDelimited:
                    var kv = WireFormat.GetTagFieldNumber(tag) == AnyKvList;
                    json.WritePropertyName(kv ? "kvlistValue" : "arrayValue");
                    WriteList(json, Nested(input), kv, depth + 1);
                    break;
                default:
                    input.SkipLastField();
                    break;
            }
        }

        json.WriteEndObject();
    }
}
