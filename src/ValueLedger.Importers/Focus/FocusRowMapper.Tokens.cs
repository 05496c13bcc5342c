using nietras.SeparatedValues;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Focus;

/// <summary>Token counts of AI charge lines.</summary>
internal sealed partial class FocusRowMapper
{
    /// <summary>
    /// Fills one token count when the line is measured in a token unit and its direction is stated.
    /// ConsumedQuantity in ConsumedUnit is preferred (it is the usage itself); PricingQuantity in
    /// PricingUnit is used when only the pricing unit is a token unit.
    /// </summary>
    private RowError? ReadTokens(
        SepReader.Row row, long line, FocusPriceDetails? details, decimal? pricingQuantity, out TokenCount tokens)
    {
        tokens = default;
        decimal? quantity;
        long multiplier;
        if (columns.ConsumedUnit >= 0 && FocusTokens.TryGetUnitMultiplier(row[columns.ConsumedUnit].Span, out multiplier))
        {
            var error = ReadCost(row, columns.ConsumedQuantity, "ConsumedQuantity", line, out quantity);
            if (error is not null)
            {
                return error;
            }
        }
        else if (columns.PricingUnit >= 0 && FocusTokens.TryGetUnitMultiplier(row[columns.PricingUnit].Span, out multiplier))
        {
            quantity = pricingQuantity;
        }
        else
        {
            return null;
        }

        if (quantity is null)
        {
            return null;
        }

        var kind = details is not null && (details.TokenDirection is not null || details.TokenCacheAction is not null)
            ? FocusTokens.KindFromDetails(details.TokenDirection, details.TokenCacheAction)
            : columns.SkuMeter >= 0 && !Values.IsNull(row[columns.SkuMeter].Span)
                ? FocusTokens.KindFromMeter(row[columns.SkuMeter].Span)
                : FocusTokenKind.Unknown;
        var count = FocusTokens.Count(quantity.Value, multiplier);
        tokens = kind switch
        {
            FocusTokenKind.Input => new TokenCount(Input: count),
            FocusTokenKind.Output => new TokenCount(Output: count),
            FocusTokenKind.CachedRead => new TokenCount(CachedRead: count),
            FocusTokenKind.CacheWrite => new TokenCount(CacheWrite: count),
            _ => default,
        };
        return null;
    }

    /// <summary>The token counts of one line; at most one is set.</summary>
    private readonly record struct TokenCount(
        long? Input = null, long? Output = null, long? CachedRead = null, long? CacheWrite = null);
}
