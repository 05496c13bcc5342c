using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Anthropic;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Anthropic;

public sealed class AnthropicCostImporterTests
{
    private static readonly AnthropicCostImporter Importer = new();

    private static Task<CollectingSink> ReadFixtureAsync() =>
        ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("Anthropic", "cost_report_page.json"), fileName: "cost_report_page.json");

    private static string Page(string results) => $$"""
        {"data":[{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z","results":[
        {{results}}
        ]}],"has_more":false,"next_page":null}
        """;

    [Fact]
    public async Task Read_AmountInCents_IsDollarsExactly()
    {
        var sink = await ReadFixtureAsync();

        var first = sink.Records[0];
        Assert.Equal(1.2345m, first.Cost);
        Assert.Equal(1.2345m, first.BilledCost);
        Assert.Equal(1.2345m, first.EffectiveCost);
    }

    [Fact]
    public async Task Read_Fixture_SumIsExact()
    {
        var sink = await ReadFixtureAsync();

        Assert.Empty(sink.Errors);
        Assert.Equal(6, sink.Records.Count);

        // Cents: 123.45 + 750.00 + 0.06 + 1000 + 2400.5 + 0.0001 = 4274.0101 -> USD 42.740101.
        Assert.Equal(42.740101m, sink.Records.Sum(r => r.Cost!.Value));
        Assert.Equal([1.2345m, 7.5m, 0.0006m, 10m, 24.005m, 0.000001m], sink.Records.Select(r => r.Cost!.Value));
    }

    [Fact]
    public async Task Read_Fixture_MapsCostOfRecordFields()
    {
        var sink = await ReadFixtureAsync();

        Assert.All(sink.Records, r =>
        {
            Assert.Equal(RecordKind.CostOfRecord, r.Kind);
            Assert.Equal(CostMeasures.ProviderCost, r.CostMeasure);
            Assert.Equal("USD", r.Currency);
            Assert.Equal("anthropic", r.Provider);
            Assert.True(r.AiScope);
            Assert.Equal("AI and Machine Learning", r.ServiceCategory);
        });
        var first = sink.Records[0];
        Assert.Equal("Claude Sonnet 4 Usage - Input Tokens", first.ChargeDescription);
        Assert.Equal("claude-sonnet-4-20250514", first.Model);
        Assert.Equal("wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", first.SubAccountId);
        Assert.Equal("standard", first.ServiceTier);
        Assert.Equal(new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 8, 2, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodEnd);
        Assert.Equal(7, first.SourceLine);
        Assert.Null(sink.Records[2].SubAccountId);
        Assert.Null(sink.Records[3].Model);
        Assert.Equal(6, sink.Records.Select(r => r.RecordKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Read_NumberAmountAndMissingCurrency_AreTakenAsUsdCents()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page("""{"amount": 250, "description": "Claude Sonnet 4 Usage - Output Tokens"}"""));

        Assert.Empty(sink.Errors);
        var record = Assert.Single(sink.Records);
        Assert.Equal(2.5m, record.Cost);
        Assert.Equal("USD", record.Currency);
    }

    [Theory]
    [InlineData("""{"currency": "USD", "amount": "abc"}""", "amount")]
    [InlineData("""{"currency": "USD"}""", "amount")]
    [InlineData("""{"currency": "DOLLARS", "amount": "1"}""", "currency")]
    [InlineData("""{"currency": "USD", "amount": "1", "description": 7.5}""", null)]
    public async Task Read_BadResult_IsRowErrorNamingTheColumn(string result, string? column)
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page(result));

        if (column is null)
        {
            // A number where text is expected is taken as spelt.
            Assert.Empty(sink.Errors);
            Assert.Equal("7.5", Assert.Single(sink.Records).ChargeDescription);
            return;
        }

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public async Task Read_UsageReport_IsFatalAndNamesTheRightFormat()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("Anthropic", "usage_report_pages.json"));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("anthropic-usage", error.Reason, StringComparison.Ordinal);
    }
}
