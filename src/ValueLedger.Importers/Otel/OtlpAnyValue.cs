using System.Globalization;
using System.Text.Json;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Otel;

/// <summary>
/// Reads OTLP JSON <c>AnyValue</c>s: <c>{"stringValue":"…"}</c>, <c>{"intValue":"123"}</c> (a string in
/// JSON, as protobuf's JSON mapping writes 64-bit integers; a bare number is accepted too),
/// <c>doubleValue</c>, <c>boolValue</c>, <c>arrayValue</c>, <c>kvlistValue</c>, <c>bytesValue</c>.
/// The protobuf field names (<c>string_value</c>…) are accepted as well.
/// </summary>
internal static class OtlpAnyValue
{
    /// <summary>The value as text: strings as they are, numbers as spelt, booleans as true/false, lists as JSON.</summary>
    public static string? Text(JsonElement anyValue)
    {
        if (anyValue.ValueKind != JsonValueKind.Object)
        {
            return Values.JsonScalarToText(anyValue);
        }

        foreach (var property in anyValue.EnumerateObject())
        {
            switch (property.Name)
            {
                case "stringValue" or "string_value":
                    return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
                case "intValue" or "int_value" or "doubleValue" or "double_value" or "bytesValue" or "bytes_value":
                    return Values.JsonScalarToText(property.Value);
                case "boolValue" or "bool_value":
                    return property.Value.ValueKind switch
                    {
                        JsonValueKind.True => "true",
                        JsonValueKind.False => "false",
                        _ => Values.JsonScalarToText(property.Value),
                    };
                case "arrayValue" or "array_value" or "kvlistValue" or "kvlist_value":
                    return property.Value.GetRawText();
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>A Unix time in nanoseconds (string or number) as UTC, to the 100 ns tick.</summary>
    public static bool TryUnixNanos(JsonElement value, out DateTime utc)
    {
        utc = default;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        if (text is null || !ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var nanos))
        {
            return false;
        }

        return OtlpSpan.TryUnixNanos(nanos, out utc);
    }
}
