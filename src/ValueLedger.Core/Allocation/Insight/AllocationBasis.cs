using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// The basis of an allocation row, read from its <c>details</c> JSON: a telemetry split's
/// <c>{"basis_cost","basis_total","basis_currency","basis_records","same_model"}</c> (this BU's estimated
/// usage cost, the total it was divided by, their currency, the usage records counted, whether only the
/// line's model counted), a weight split's <c>{"weight"}</c> or an even split's <c>{"parts"}</c>.
/// Numbers may be JSON numbers or strings (exact decimals). Anything else reads as empty.
/// </summary>
public sealed record AllocationBasis
{
    public decimal? BasisCost { get; init; }
    public decimal? BasisTotal { get; init; }
    public string? BasisCurrency { get; init; }
    public long? BasisRecords { get; init; }
    public bool? SameModel { get; init; }
    public decimal? Weight { get; init; }
    public long? Parts { get; init; }

    public static AllocationBasis Empty { get; } = new();

    /// <summary>Reads <paramref name="details"/>; null, blank or malformed JSON gives <see cref="Empty"/> (never throws).</summary>
    public static AllocationBasis Parse(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return Empty;
        }

        try
        {
            using var json = JsonDocument.Parse(details);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Empty;
            }

            return new AllocationBasis
            {
                BasisCost = Number(root, "basis_cost"),
                BasisTotal = Number(root, "basis_total"),
                BasisCurrency = root.TryGetProperty("basis_currency", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
                BasisRecords = Whole(root, "basis_records"),
                SameModel = root.TryGetProperty("same_model", out var m) && m.ValueKind is JsonValueKind.True or JsonValueKind.False ? m.GetBoolean() : null,
                Weight = Number(root, "weight"),
                Parts = Whole(root, "parts"),
            };
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static decimal? Number(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Number when value.TryGetDecimal(out var d) => d,
            JsonValueKind.String when decimal.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            _ => null,
        };
    }

    private static long? Whole(JsonElement root, string name)
    {
        var number = Number(root, name);
        return number is { } n && n == decimal.Truncate(n) && n >= long.MinValue && n <= long.MaxValue ? (long)n : null;
    }
}
