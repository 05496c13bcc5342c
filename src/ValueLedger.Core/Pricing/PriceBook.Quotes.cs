using System.Globalization;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Pricing;

public sealed partial class PriceBook
{
    /// <summary>
    /// The cost of <paramref name="record"/>'s tokens at the matching entry (and tier), or null when
    /// the record has no model or nothing matches. Cost = uncached input × input + cache reads ×
    /// cached read + cache writes × cache write + output × output (reasoning is inside output);
    /// missing counts are 0; exact decimal arithmetic, not rounded.
    /// </summary>
    public PriceQuote? Price(SpendRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var model = ModelNames.Normalize(record.Model);
        if (model is null)
        {
            return null;
        }

        var provider = ProviderNames.Canonicalize(record.Provider);
        var day = DateOnly.FromDateTime(record.ChargePeriodStart);
        foreach (var history in Candidates(provider, model))
        {
            if (history.InForce(day) is { } entry)
            {
                return Quote(record, provider, history.Pattern.Text, entry);
            }
        }

        return null;
    }

    /// <summary>The provider's patterns that match <paramref name="model"/>, most specific first.</summary>
    private PatternHistory[] Candidates(string provider, string model)
    {
        if (matchCache.TryGetValue((provider, model), out var cached))
        {
            return cached;
        }

        PatternHistory[] matches = historiesByProvider.TryGetValue(provider, out var histories)
            ? [.. histories.Where(h => h.Pattern.Matches(model))]
            : [];
        if (matchCache.Count < MatchCacheLimit)
        {
            matchCache.TryAdd((provider, model), matches);
        }

        return matches;
    }

    private static PriceQuote Quote(SpendRecord record, string provider, string pattern, PriceEntry entry)
    {
        long input = record.InputTokens ?? 0, cachedRead = record.CachedReadTokens ?? 0, cacheWrite = record.CacheWriteTokens ?? 0;
        decimal? inputPerRequest = record.Requests is > 0 and var requests ? ((decimal)input + cachedRead + cacheWrite) / requests : null;
        var tier = entry.Tiers.FirstOrDefault(t => t.AppliesTo(inputPerRequest, record.ServiceTier));
        var prices = tier?.Prices ?? entry.Prices;

        var cost = (input * prices.Input)
            + (cachedRead * prices.CachedRead)
            + (cacheWrite * prices.CacheWrite)
            + ((record.OutputTokens ?? 0) * prices.Output);

        var priceId = string.Create(
            CultureInfo.InvariantCulture,
            $"{provider}/{pattern}@{entry.EffectiveFrom:yyyy-MM-dd}{(tier is null ? string.Empty : "#" + tier.Name)}");
        CurrencyCodes.TryNormalize(entry.Currency, out var currency);
        return new PriceQuote(cost, currency, priceId);
    }
}
