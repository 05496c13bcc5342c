using ValueLedger.Core.Ledger;
using ValueLedger.Core.Pricing;
using ValueLedger.Importers.Pricing;

namespace ValueLedger.Importers.Tests.Pricing;

public sealed class PriceBookLoaderOverrideTests
{
    private static readonly string OverridePath = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pricing", "override-prices.yaml");

    private readonly PriceBook book = PriceBookLoader.Load(PriceBookLoader.LoadDefault(), OverridePath);

    [Fact]
    public void Load_OverrideWithSameProviderPatternAndDate_ReplacesTheDefaultForThatProvider()
    {
        // 100000 × 2e-06 + 10000 × 8e-06 at the negotiated price.
        Assert.Equal(0.28m, Price("openai", "gpt-4o")?.Cost);
        // Azure keeps the list price: 100000 × 2.5e-06 + 10000 × 1e-05.
        Assert.Equal(0.35m, Price("azure", "gpt-4o")?.Cost);
        Assert.Equal(PriceBookLoader.LoadDefault().Entries.Count + 2, book.Entries.Count);
    }

    [Fact]
    public void Load_OverrideWithNewPattern_IsAdded()
    {
        var quote = Price("openai", "acme-finetune-support-v2");

        // 100000 × 3e-06 + 10000 × 1.2e-05.
        Assert.Equal(0.42m, quote?.Cost);
        Assert.Equal("openai/acme-finetune-*@2025-01-01", quote?.PriceId);
        Assert.Null(PriceBookLoader.LoadDefault().Price(Record("openai", "acme-finetune-support-v2")));
    }

    [Fact]
    public void Load_MissingOverrideFile_NamesTheFile()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pricing", "no-such-file.yaml");

        var error = Assert.Throws<PriceBookException>(() => PriceBookLoader.Load(PriceBookLoader.LoadDefault(), path));

        Assert.Contains("no-such-file.yaml", error.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OverrideFileWithNegativePrice_NamesFileLineAndReason()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Pricing", "bad-negative-price.yaml");

        var error = Assert.Throws<PriceBookException>(() => PriceBookLoader.Load(PriceBookLoader.LoadDefault(), path));

        Assert.Equal(7, error.Line);
        Assert.StartsWith($"{path}, line 7: 'input' is negative", error.Message, StringComparison.Ordinal);
    }

    private PriceQuote? Price(string provider, string model) => book.Price(Record(provider, model));

    private static SpendRecord Record(string provider, string model)
    {
        var start = new DateTime(2025, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = "k",
            Provider = provider,
            Model = model,
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddDays(1),
            InputTokens = 100_000,
            OutputTokens = 10_000,
            Currency = "USD",
            AiScope = true,
        };
    }
}
