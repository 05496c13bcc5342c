using ValueLedger.Core.Pricing;

namespace ValueLedger.Core.Tests.Pricing;

/// <summary>A small hand-written book whose prices mirror the public list prices in FORMATS.md.</summary>
internal static class TestPriceBook
{
    public static PriceEntry Entry(
        string pattern,
        string from,
        decimal input,
        decimal output,
        decimal? cachedRead = null,
        decimal? cacheWrite = null,
        string[]? providers = null,
        params PriceTier[] tiers) =>
        new()
        {
            Providers = providers ?? ["openai", "azure"],
            ModelPattern = pattern,
            EffectiveFrom = DateOnly.ParseExact(from, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Prices = new TokenPrices(input, output, cachedRead, cacheWrite),
            Tiers = tiers,
        };

    public static PriceBook Create() => new(
    [
        Entry("gpt-4o", "2024-05-13", 5e-06m, 1.5e-05m),
        Entry("gpt-4o", "2024-10-02", 2.5e-06m, 1e-05m, cachedRead: 1.25e-06m, tiers:
            new PriceTier { Name = "batch", ServiceTier = "batch", Prices = new TokenPrices(1.25e-06m, 5e-06m, 6.25e-07m) }),
        Entry("gpt-4o-20*", "2024-08-06", 2.5e-06m, 1e-05m, cachedRead: 1.25e-06m),
        Entry("gpt-4o-2024-05-13", "2024-05-13", 5e-06m, 1.5e-05m),
        Entry("gpt-4o-mini", "2024-07-18", 1.5e-07m, 6e-07m, cachedRead: 7.5e-08m),
        Entry("gpt-4o-mini-20*", "2024-07-18", 1.5e-07m, 6e-07m, cachedRead: 7.5e-08m),
        Entry("o3", "2025-04-16", 1e-05m, 4e-05m, cachedRead: 2.5e-06m),
        Entry("o3", "2025-06-10", 2e-06m, 8e-06m, cachedRead: 5e-07m),
        Entry(
            "claude-sonnet-4-5*", "2025-09-29", 3e-06m, 1.5e-05m, cachedRead: 3e-07m, cacheWrite: 3.75e-06m,
            providers: ["anthropic", "aws", "google"],
            tiers: new PriceTier
            {
                Name = "long-context",
                InputTokensAbove = 200_000,
                Prices = new TokenPrices(6e-06m, 2.25e-05m, 6e-07m, 7.5e-06m),
            }),
        Entry("claude-3-5-sonnet*", "2024-06-20", 3e-06m, 1.5e-05m, cachedRead: 3e-07m, cacheWrite: 3.75e-06m,
            providers: ["anthropic", "aws", "google"]),
        Entry("claude-*", "2024-01-01", 1m, 1m, providers: ["anthropic"]),
    ]);
}
