using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Reads the fields of one API result, keeping the first problem met, so that a mapper reads its
/// fields in a row and checks <see cref="Error"/> once. Missing and <c>null</c> fields read as null:
/// the APIs set a grouping field to null when the request did not group by it.
/// </summary>
internal sealed class ApiResultFields(JsonElement result)
{
    /// <summary>Longest identifier or description taken; longer text is a bad row (a 10 MB field never reaches the ledger).</summary>
    public const int MaxTextLength = 1024;

    /// <summary>The first field that could not be read, if any.</summary>
    public ApiMapResult? Error { get; private set; }

    /// <summary>Whether the result has a non-null property <paramref name="name"/>.</summary>
    public bool Has(string name) => Find(result, name, out _);

    /// <summary>A string field (numbers and booleans as spelt); null when absent or null.</summary>
    public string? Text(string name) => Text(result, name, name);

    /// <summary>
    /// A person identifier (<c>user_id</c>, <c>account_id</c>), read like <see cref="Text(string)"/> but
    /// never quoted in an error: the caller hashes it, and the raw value must not leak through messages.
    /// </summary>
    public string? PersonId(string name) => Text(result, name, name, quote: false);

    public string? Text(JsonElement parent, string name, string column, bool quote = true)
    {
        if (!Find(parent, name, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        };
        if (text is null)
        {
            Problem(column, $"{column} must be a string", quote ? value.GetRawText() : null);
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            Problem(column, $"{column} is longer than {MaxTextLength} characters", quote ? text : null);
            return null;
        }

        return text;
    }

    /// <summary>A token or request count: a whole number, zero or more (<c>12.0</c> and <c>"12"</c> are taken).</summary>
    public long? Count(string name) => Count(result, name, name);

    public long? Count(JsonElement parent, string name, string column)
    {
        if (!Find(parent, name, out var value))
        {
            return null;
        }

        var parsed = value.ValueKind switch
        {
            JsonValueKind.Number => value.TryGetInt64(out var n) || Values.TryParseCount(value.GetRawText(), out n) ? n : (long?)null,
            JsonValueKind.String => Values.TryParseCount(value.GetString(), out var s) ? s : null,
            _ => null,
        };
        return parsed switch
        {
            null => Fail<long>(column, "must be a whole number", value),
            < 0 => Fail<long>(column, "must not be negative", value),
            _ => parsed,
        };
    }

    /// <summary>
    /// A decimal read from the JSON number's own text (never through <see cref="double"/>), or from a
    /// numeric string; exponents such as <c>1.5e-07</c> are taken.
    /// </summary>
    public decimal? Decimal(JsonElement parent, string name, string column)
    {
        if (!Find(parent, name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var exact))
        {
            return exact;
        }

        // Exponent forms and numeric strings: parsed from their text, still without double.
        var text = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.String => value.GetString(),
            _ => null,
        };
        return text is not null && Values.TryParseDecimal(text, out var d) ? d : Fail<decimal>(column, "must be a decimal number", value);
    }

    /// <summary>A boolean (<c>true</c>/<c>false</c>, or the same as a string).</summary>
    public bool? Flag(string name)
    {
        if (!Find(result, name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String when bool.TryParse(value.GetString(), out var b) => b,
            _ => Fail<bool>(name, "must be true or false", value),
        };
    }

    /// <summary>A nested object field (<c>amount</c>, <c>cache_creation</c>); null when absent or null.</summary>
    public JsonElement? Object(string name)
    {
        if (!Find(result, name, out var value))
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Object ? value : Fail<JsonElement>(name, "must be an object", value);
    }

    /// <summary>Records a problem found by the mapper itself (the first one wins).</summary>
    public void Problem(string column, string reason, string? raw = null) =>
        Error ??= ApiMapResult.Bad(column, reason, RowError.Excerpt(raw));

    private T? Fail<T>(string column, string reason, JsonElement value)
        where T : struct
    {
        Problem(column, $"{column} {reason}", value.GetRawText());
        return null;
    }

    private static bool Find(JsonElement parent, string name, out JsonElement value) =>
        parent.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
}
