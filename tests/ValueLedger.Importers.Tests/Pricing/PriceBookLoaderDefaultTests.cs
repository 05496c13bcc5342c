using ValueLedger.Core.Ledger;
using ValueLedger.Core.Pricing;
using ValueLedger.Importers.Pricing;

namespace ValueLedger.Importers.Tests.Pricing;

public sealed class PriceBookLoaderDefaultTests
{
    private static readonly DateTime January2026 = new(2026, 1, 12, 0, 0, 0, DateTimeKind.Utc);

    private readonly PriceBook book = PriceBookLoader.LoadDefault();

    [Fact]
    public void LoadDefault_ShippedFile_LoadsWithPositiveInputAndOutputPrices()
    {
        Assert.True(book.Entries.Count > 50, $"only {book.Entries.Count} entries");
        foreach (var entry in book.Entries)
        {
            var id = $"{entry.ModelPattern}@{entry.EffectiveFrom:yyyy-MM-dd}";
            Assert.True(entry.Prices.Input > 0, $"{id} has no input price");
            Assert.True(entry.Currency == "USD", $"{id} is not in USD");
            // Embedding models produce no output tokens: their output price is 0 by design.
            if (!entry.ModelPattern.StartsWith("text-embedding-", StringComparison.Ordinal))
            {
                Assert.True(entry.Prices.Output > 0, $"{id} has no output price");
            }

            Assert.All(entry.Tiers, t => Assert.True(t.Prices.Input > 0, $"{id}#{t.Name} has no input price"));
        }
    }

    [Theory]
    [InlineData("openai", "gpt-4o", "0.0000025", "0.00000125", "0.00001")]
    [InlineData("azure", "gpt-4o", "0.0000025", "0.00000125", "0.00001")]
    [InlineData("openai", "gpt-4o-mini", "0.00000015", "0.000000075", "0.0000006")]
    [InlineData("anthropic", "claude-sonnet-4-5", "0.000003", "0.0000003", "0.000015")]
    [InlineData("aws", "claude-sonnet-4-5", "0.000003", "0.0000003", "0.000015")]
    public void LoadDefault_FormatsExamples_HaveThePublishedPrices(
        string provider, string pattern, string input, string cachedRead, string output)
    {
        var entry = book.Entries
            .Where(e => e.Providers.Contains(provider) && (e.ModelPattern == pattern || e.ModelPattern == pattern + "*"))
            .MaxBy(e => e.EffectiveFrom);

        Assert.NotNull(entry);
        Assert.Equal(Parse(input), entry.Prices.Input);
        Assert.Equal(Parse(cachedRead), entry.Prices.CachedRead);
        Assert.Equal(Parse(output), entry.Prices.Output);
    }

    [Fact]
    public void LoadDefault_ClaudeSonnet45_WritesCacheAtOneAndAQuarterTimesInput()
    {
        var entry = book.Entries.Single(e => e.ModelPattern == "claude-sonnet-4-5*");

        Assert.Equal(3.75e-06m, entry.Prices.CacheWrite);
        Assert.Contains(entry.Tiers, t => t.Name == "long-context" && t.InputTokensAbove == 200_000);
    }

    [Theory]
    // 141201 × 2.5e-06 + 9756 × 1e-05.
    [InlineData("openai", "gpt-4o", 141201L, 0L, 9756L, null, "0.4505625", "openai/gpt-4o@2024-10-02")]
    // The FORMATS.md usage sample: 141201 × 1.5e-07 + 9756 × 6e-07.
    [InlineData("openai", "gpt-4o-mini-2024-07-18", 141201L, 0L, 9756L, null, "0.02703375", "openai/gpt-4o-mini-20*@2024-07-18")]
    // Batch at half: 141201 × 1.25e-06 + 9756 × 5e-06.
    [InlineData("azure", "azure/gpt-4o", 141201L, 0L, 9756L, "batch", "0.22528125", "azure/gpt-4o@2024-10-02#batch")]
    // 100000 × 3e-06 + 20000 × 3e-07 + 1000 × 1.5e-05 through Bedrock.
    [InlineData("aws", "us.anthropic.claude-sonnet-4-5-20250929-v1:0", 100000L, 20000L, 1000L, null, "0.321", "aws/claude-sonnet-4-5*@2025-09-29")]
    // Above 200k per request: 190000 × 6e-06 + 20000 × 6e-07 + 1000 × 2.25e-05.
    [InlineData("anthropic", "claude-sonnet-4-5", 190000L, 20000L, 1000L, null, "1.1745", "anthropic/claude-sonnet-4-5*@2025-09-29#long-context")]
    // Gemini 2.5 Pro above 200k: 250000 × 2.5e-06 + 1000 × 1.5e-05.
    [InlineData("google", "gemini/gemini-2.5-pro", 250000L, 0L, 1000L, null, "0.64", "google/gemini-2.5-pro@2025-06-17#long-context")]
    public void LoadDefault_TypicalRecords_PriceAsHandComputed(
        string provider, string model, long input, long cached, long output, string? serviceTier, string expected, string priceId)
    {
        var record = new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = "k",
            Provider = provider,
            Model = model,
            ChargePeriodStart = January2026,
            ChargePeriodEnd = January2026.AddDays(1),
            InputTokens = input,
            CachedReadTokens = cached,
            OutputTokens = output,
            Requests = 1,
            ServiceTier = serviceTier,
            Currency = "USD",
            AiScope = true,
        };

        var quote = book.Price(record);

        Assert.NotNull(quote);
        Assert.Equal(Parse(expected), quote.Value.Cost);
        Assert.Equal(priceId, quote.Value.PriceId);
    }

    private static decimal Parse(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
