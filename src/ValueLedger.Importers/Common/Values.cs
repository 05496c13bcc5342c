using System.Globalization;
using System.Text.Json;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.Common;

/// <summary>
/// Parsing of the values every format shares, always in the invariant culture. Each method returns
/// false instead of throwing, so that importers can report the row and column at fault.
/// </summary>
public static class Values
{
    private static readonly string[] TimestampFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd HH:mm:ss",
        "yyyy-MM-dd HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ss",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm'Z'",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd",
    ];

    /// <summary>True for an empty field or the bare word <c>NULL</c> (both occur in real FOCUS files).</summary>
    public static bool IsNull(ReadOnlySpan<char> text) =>
        text.IsEmpty || text.IsWhiteSpace() || text.Equals("NULL", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Parses an ISO 8601 / FOCUS timestamp to UTC. Accepts <c>2024-09-18T22:00:00Z</c>, offsets,
    /// fractional seconds, <c>2024-09-18 22:00:00</c> (taken as UTC) and a bare date.
    /// </summary>
    public static bool TryParseUtc(ReadOnlySpan<char> text, out DateTime utc)
    {
        text = text.Trim();
        if (DateTimeOffset.TryParseExact(
                text,
                TimestampFormats,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var value))
        {
            utc = DateTime.SpecifyKind(value.UtcDateTime, DateTimeKind.Utc);
            return true;
        }

        utc = default;
        return false;
    }

    /// <summary>Unix seconds to UTC.</summary>
    public static bool TryFromUnixSeconds(long seconds, out DateTime utc)
    {
        // Range of DateTimeOffset.FromUnixTimeSeconds.
        if (seconds is < -62135596800 or > 253402300799)
        {
            utc = default;
            return false;
        }

        utc = DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        return true;
    }

    /// <summary>
    /// Parses a decimal in the invariant culture; accepts exponents (<c>1.5e-07</c>) as floats
    /// exported as text use them. Never goes through <see cref="double"/>.
    /// </summary>
    public static bool TryParseDecimal(ReadOnlySpan<char> text, out decimal value) =>
        decimal.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a whole count; accepts <c>12.0</c> (as some exports write counts) but not <c>12.5</c>.</summary>
    public static bool TryParseCount(ReadOnlySpan<char> text, out long value)
    {
        text = text.Trim();
        if (long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            && d == decimal.Truncate(d) && d >= long.MinValue && d <= long.MaxValue)
        {
            value = (long)d;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>
    /// Parses a tags cell: a JSON object whose values are strings, numbers, booleans or null. Keys
    /// keep their original spelling. Empty / NULL gives no tags.
    /// </summary>
    /// <param name="error">Why the cell is not a tags object, when false.</param>
    public static bool TryParseTags(string? text, out IReadOnlyList<Tag> tags, out string? error)
    {
        tags = [];
        error = null;
        if (text is null || IsNull(text))
        {
            return true;
        }

        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = "tags must be a JSON object";
                return false;
            }

            var list = new List<Tag>();
            foreach (var property in doc.RootElement.EnumerateObject())
            {
                list.Add(new Tag(property.Name, JsonScalarToText(property.Value)));
            }

            tags = list;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"tags are not valid JSON ({ex.Message})";
            return false;
        }
    }

    /// <summary>A JSON scalar as text (strings unquoted, numbers and booleans as spelt); objects and arrays as raw JSON.</summary>
    public static string? JsonScalarToText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
