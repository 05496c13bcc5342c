using ValueLedger.Core.Pricing;
using static ValueLedger.Core.Tests.Pricing.TestPriceBook;

namespace ValueLedger.Core.Tests.Pricing;

public sealed class PriceBookOverrideTests
{
    [Fact]
    public void WithOverrides_SameProviderPatternAndDate_ReplacesForThatProviderOnly()
    {
        var book = Create().WithOverrides([Entry("gpt-4o", "2024-10-02", 2e-06m, 8e-06m, providers: ["openai"])]);

        // 1000 × 2e-06 + 1000 × 8e-06 at the negotiated price; Azure keeps the list price 0.0025 + 0.01.
        Assert.Equal(0.01m, book.Price(TelemetryRecord.Create("openai", "gpt-4o", 1000, 1000))?.Cost);
        Assert.Equal(0.0125m, book.Price(TelemetryRecord.Create("azure", "gpt-4o", 1000, 1000))?.Cost);
    }

    [Fact]
    public void WithOverrides_NewPatternOrDate_IsAdded()
    {
        var book = Create().WithOverrides(
        [
            Entry("acme-llm", "2025-01-01", 1e-06m, 2e-06m, providers: ["openai"]),
            Entry("gpt-4o", "2025-10-01", 1e-06m, 1e-06m),
        ]);

        Assert.Equal(0.003m, book.Price(TelemetryRecord.Create("openai", "acme-llm", 1000, 1000))?.Cost);
        Assert.Equal("openai/gpt-4o@2025-10-01", book.Price(TelemetryRecord.Create("openai", "gpt-4o", 1, 1))?.PriceId);
        Assert.Equal(
            "openai/gpt-4o@2024-10-02",
            book.Price(TelemetryRecord.Create("openai", "gpt-4o", 1, 1, start: new DateTime(2025, 9, 30, 0, 0, 0, DateTimeKind.Utc)))?.PriceId);
    }

    [Fact]
    public void Constructor_DuplicateProviderPatternAndDate_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PriceBook(
        [
            Entry("gpt-4o", "2024-10-02", 1m, 1m),
            Entry("GPT-4o", "2024-10-02", 2m, 2m, providers: ["azure"]),
        ]));
    }

    [Fact]
    public void Constructor_TierWithoutCondition_Throws()
    {
        var tier = new PriceTier { Name = "odd", Prices = new TokenPrices(1m, 1m) };

        Assert.Throws<ArgumentException>(() => new PriceBook([Entry("gpt-4o", "2024-10-02", 1m, 1m, tiers: tier)]));
    }

    [Fact]
    public void TokenPrices_CacheRatesOmitted_DefaultToInput()
    {
        var prices = new TokenPrices(input: 2e-06m, output: 8e-06m);

        Assert.Equal(2e-06m, prices.CachedRead);
        Assert.Equal(2e-06m, prices.CacheWrite);
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenPrices(-1m, 1m));
    }
}
