using ValueLedger.Core.Pricing;

namespace ValueLedger.Core.Tests.Pricing;

public sealed class PriceBookTests
{
    private readonly PriceBook book = TestPriceBook.Create();

    [Theory]
    // 141201 × 2.5e-06 = 0.3530025; 9756 × 1e-05 = 0.09756.
    [InlineData("openai", "gpt-4o", 141201L, 0L, 9756L, "0.4505625", "openai/gpt-4o@2024-10-02")]
    // 100000 × 2.5e-06 = 0.25; 41201 cached × 1.25e-06 = 0.05150125; 9756 × 1e-05 = 0.09756.
    [InlineData("openai", "gpt-4o", 100000L, 41201L, 9756L, "0.39906125", "openai/gpt-4o@2024-10-02")]
    // Same tokens through Azure, spelt the LiteLLM way.
    [InlineData("azure", "azure/gpt-4o", 141201L, 0L, 9756L, "0.4505625", "azure/gpt-4o@2024-10-02")]
    [InlineData("openai", "  GPT-4o ", 141201L, 0L, 9756L, "0.4505625", "openai/gpt-4o@2024-10-02")]
    // A dated snapshot falls to its family's glob: 1000 × 2.5e-06 + 1000 × 1e-05.
    [InlineData("openai", "gpt-4o-2024-11-20", 1000L, 0L, 1000L, "0.0125", "openai/gpt-4o-20*@2024-08-06")]
    // The exact snapshot name wins over the glob: 1000 × 5e-06 + 1000 × 1.5e-05.
    [InlineData("openai", "gpt-4o-2024-05-13", 1000L, 0L, 1000L, "0.02", "openai/gpt-4o-2024-05-13@2024-05-13")]
    // The OpenAI usage sample of FORMATS.md: 141201 × 1.5e-07 = 0.02118015; 9756 × 6e-07 = 0.0058536.
    [InlineData("openai", "gpt-4o-mini-2024-07-18", 141201L, 0L, 9756L, "0.02703375", "openai/gpt-4o-mini-20*@2024-07-18")]
    public void Price_TokenCounts_MultipliesEachKindByItsPrice(
        string provider, string model, long input, long cached, long output, string expected, string priceId)
    {
        var quote = book.Price(TelemetryRecord.Create(provider, model, input, output, cachedRead: cached));

        Assert.NotNull(quote);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote.Value.Cost);
        Assert.Equal(priceId, quote.Value.PriceId);
        Assert.Equal("USD", quote.Value.Currency);
    }

    [Theory]
    // 10000 × 3e-06 + 5000 × 3e-07 + 1000 × 3.75e-06 + 2000 × 1.5e-05 = 0.03 + 0.0015 + 0.00375 + 0.03.
    [InlineData("aws", "us.anthropic.claude-3-5-sonnet-20240620-v1:0", "aws/claude-3-5-sonnet*@2024-06-20")]
    [InlineData("aws", "bedrock/anthropic.claude-3-5-sonnet-20240620-v1:0", "aws/claude-3-5-sonnet*@2024-06-20")]
    [InlineData("google", "claude-3-5-sonnet@20240620", "google/claude-3-5-sonnet*@2024-06-20")]
    [InlineData("anthropic", "claude-3-5-sonnet-20240620", "anthropic/claude-3-5-sonnet*@2024-06-20")]
    public void Price_ClaudeThroughBedrockOrVertex_PricesAsTheAnthropicModel(string provider, string model, string priceId)
    {
        var record = TelemetryRecord.Create(provider, model, input: 10000, output: 2000, cachedRead: 5000, cacheWrite: 1000);

        var quote = book.Price(record);

        Assert.NotNull(quote);
        Assert.Equal(0.06525m, quote.Value.Cost);
        Assert.Equal(priceId, quote.Value.PriceId);
    }

    [Theory]
    // 210000 input per request > 200k: 150000 × 6e-06 + 60000 × 6e-07 + 1000 × 2.25e-05 = 0.9 + 0.036 + 0.0225.
    [InlineData(1L, "0.9585", "anthropic/claude-sonnet-4-5*@2025-09-29#long-context")]
    // Requests unknown (an Anthropic usage bucket: a day of tokens, not one request): standard price.
    [InlineData(null, "0.483", "anthropic/claude-sonnet-4-5*@2025-09-29")]
    // Two requests of 105000 each stay standard: 150000 × 3e-06 + 60000 × 3e-07 + 1000 × 1.5e-05.
    [InlineData(2L, "0.483", "anthropic/claude-sonnet-4-5*@2025-09-29")]
    public void Price_LongPrompt_AppliesTheLongContextTierPerRequest(long? requests, string expected, string priceId)
    {
        var record = TelemetryRecord.Create(
            "anthropic", "claude-sonnet-4-5-20250929", input: 150000, output: 1000, cachedRead: 60000, requests: requests);

        var quote = book.Price(record);

        Assert.NotNull(quote);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote.Value.Cost);
        Assert.Equal(priceId, quote.Value.PriceId);
    }

    [Fact]
    public void Price_ExactlyTwoHundredThousandInputTokens_StaysStandard()
    {
        var quote = book.Price(TelemetryRecord.Create("anthropic", "claude-sonnet-4-5", input: 200_000, requests: 1));

        Assert.Equal(0.6m, quote?.Cost);
        Assert.Equal("anthropic/claude-sonnet-4-5*@2025-09-29", quote?.PriceId);
    }

    [Theory]
    // 141201 × 1.25e-06 = 0.17650125; 9756 × 5e-06 = 0.04878.
    [InlineData("batch", "0.22528125", "openai/gpt-4o@2024-10-02#batch")]
    [InlineData(" Batch ", "0.22528125", "openai/gpt-4o@2024-10-02#batch")]
    [InlineData("default", "0.4505625", "openai/gpt-4o@2024-10-02")]
    [InlineData(null, "0.4505625", "openai/gpt-4o@2024-10-02")]
    public void Price_ServiceTier_AppliesTheTierOnlyWhenItMatches(string? serviceTier, string expected, string priceId)
    {
        var quote = book.Price(TelemetryRecord.Create("openai", "gpt-4o", 141201, 9756, serviceTier: serviceTier));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote?.Cost);
        Assert.Equal(priceId, quote?.PriceId);
    }

    [Theory]
    // 1000 × 1e-05 + 1000 × 4e-05 until the price cut; 1000 × 2e-06 + 1000 × 8e-06 from it.
    [InlineData("o3", "2025-06-09T23:59:59", "0.05", "openai/o3@2025-04-16")]
    [InlineData("o3", "2025-06-10T00:00:00", "0.01", "openai/o3@2025-06-10")]
    [InlineData("o3", "2026-01-01T00:00:00", "0.01", "openai/o3@2025-06-10")]
    [InlineData("gpt-4o", "2024-06-01T12:00:00", "0.02", "openai/gpt-4o@2024-05-13")]
    public void Price_LaterEntry_TakesOverFromItsDate(string model, string start, string expected, string priceId)
    {
        var at = DateTime.SpecifyKind(DateTime.ParseExact(start, "s", System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        var quote = book.Price(TelemetryRecord.Create("openai", model, 1000, 1000, start: at));

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), quote?.Cost);
        Assert.Equal(priceId, quote?.PriceId);
    }

    [Fact]
    public void Price_RecordBeforeTheFirstEntry_IsNull()
    {
        var early = new DateTime(2025, 4, 15, 23, 0, 0, DateTimeKind.Utc);

        Assert.Null(book.Price(TelemetryRecord.Create("openai", "o3", 1000, 1000, start: early)));
    }

    [Theory]
    [InlineData("openai", "gpt-99")]
    [InlineData("openai", "claude-3-5-sonnet-20240620")]
    [InlineData("groq", "gpt-4o")]
    [InlineData("openai", null)]
    [InlineData("openai", "   ")]
    [InlineData("openai", "ft:gpt-4o-mini-2024-07-18:acme::abc123")]
    public void Price_UnknownModelOrProvider_IsNullNotZero(string provider, string? model)
    {
        Assert.Null(book.Price(TelemetryRecord.Create(provider, model, 1000, 1000)));
    }

    [Fact]
    public void Price_MatchWithoutTokens_IsZero()
    {
        var quote = book.Price(TelemetryRecord.Create("openai", "gpt-4o"));

        Assert.Equal(0m, quote?.Cost);
    }

    [Fact]
    public void Price_ReasoningTokens_AreNotAddedToOutput()
    {
        // 1000 × 2e-06 + 1000 × 8e-06: the 800 reasoning tokens are inside the 1000 output tokens.
        var quote = book.Price(TelemetryRecord.Create("openai", "o3", 1000, 1000, reasoning: 800));

        Assert.Equal(0.01m, quote?.Cost);
    }

    [Theory]
    [InlineData("claude-3-5-sonnet-20241022", "anthropic/claude-3-5-sonnet*@2024-06-20")]
    [InlineData("claude-sonnet-4-5", "anthropic/claude-sonnet-4-5*@2025-09-29")]
    [InlineData("claude-2.1", "anthropic/claude-*@2024-01-01")]
    public void Price_SeveralGlobsMatch_LongerLiteralPrefixWins(string model, string priceId)
    {
        Assert.Equal(priceId, book.Price(TelemetryRecord.Create("anthropic", model, 1, 1))?.PriceId);
    }

    [Fact]
    public void Price_MostSpecificPatternNotYetInForce_FallsBackToTheNextMatchingPattern()
    {
        var beforeRelease = new DateTime(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc);

        var quote = book.Price(TelemetryRecord.Create("anthropic", "claude-sonnet-4-5", 1, 1, start: beforeRelease));

        Assert.Equal("anthropic/claude-*@2024-01-01", quote?.PriceId);
    }
}
