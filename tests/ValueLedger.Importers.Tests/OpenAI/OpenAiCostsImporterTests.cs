using ValueLedger.Core.Ledger;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.OpenAI;

public sealed class OpenAiCostsImporterTests
{
    private static readonly OpenAiCostsImporter Importer = new();

    private static Task<CollectingSink> ReadFixtureAsync() =>
        ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("OpenAI", "costs_page.json"), fileName: "costs_page.json");

    private static string Page(string result) => $$"""
        {"object":"page","data":[{"object":"bucket","start_time":1736553600,"end_time":1736640000,"results":[
        {{result}}
        ]}],"has_more":false,"next_page":null}
        """;

    [Fact]
    public async Task Read_Fixture_SumIsExact()
    {
        var sink = await ReadFixtureAsync();

        Assert.Empty(sink.Errors);
        Assert.Equal(7, sink.Records.Count);

        // 0.06 + 0.09756 + 0.000012 + 0.2 + 0.12345678901234567 + 3.0 + 0.01, no rounding anywhere.
        Assert.Equal(3.49102878901234567m, sink.Records.Sum(r => r.Cost!.Value));
        Assert.Equal(sink.Records.Select(r => r.Cost), sink.Records.Select(r => r.BilledCost));
        Assert.Equal(sink.Records.Select(r => r.Cost), sink.Records.Select(r => r.EffectiveCost));
    }

    [Fact]
    public async Task Read_SeventeenDigitAmount_IsNotRoundedThroughDouble()
    {
        var sink = await ReadFixtureAsync();

        Assert.Contains(sink.Records, r => r.Cost == 0.12345678901234567m);
        Assert.Contains(sink.Records, r => r.Cost == 0.000012m);
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
            Assert.Equal("openai", r.Provider);
            Assert.Equal("OpenAI API", r.ServiceName);
            Assert.Equal("AI and Machine Learning", r.ServiceCategory);
            Assert.True(r.AiScope);
            Assert.Null(r.BillingPeriodStart);
            Assert.Null(r.BillingPeriodEnd);
        });
        var first = sink.Records[0];
        Assert.Equal("gpt-4o-2024-08-06, input", first.ChargeDescription);
        Assert.Equal("gpt-4o-2024-08-06", first.Model);
        Assert.Equal("proj_alpha", first.SubAccountId);
        Assert.Equal(new DateTime(2025, 1, 11, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 1, 12, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodEnd);
        Assert.Equal(9, first.SourceLine);
        Assert.Equal(
            [
                "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", "gpt-4o-2024-08-06", null,
                "o1-2024-12-17", "ft:gpt-4o-mini-2024-07-18", null,
            ],
            sink.Records.Select(r => r.Model));
        Assert.Null(sink.Records[^1].SubAccountId);
    }

    [Fact]
    public async Task Read_Fixture_KeysAreUniqueAndStable()
    {
        var first = await ReadFixtureAsync();
        var again = await ReadFixtureAsync();

        Assert.Equal(first.Records.Select(r => r.RecordKey), again.Records.Select(r => r.RecordKey));
        Assert.Equal(7, first.Records.Select(r => r.RecordKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Read_UnknownCurrency_IsRowErrorNamingTheColumn()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page("""{"object":"organization.costs.result","amount":{"value":1,"currency":"xyz"},"line_item":null,"project_id":null}"""));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Equal("amount.currency", error.Column);
    }

    [Theory]
    [InlineData("""{"value":"abc","currency":"usd"}""", "amount.value")]
    [InlineData("""{"currency":"usd"}""", "amount.value")]
    [InlineData("""[0.06, "usd"]""", "amount")]
    public async Task Read_BadAmount_IsRowErrorNamingTheColumn(string amount, string column)
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page($$"""{"object":"organization.costs.result","amount":{{amount}},"line_item":"gpt-4o, input"}"""));

        Assert.Empty(sink.Records);
        Assert.Equal(column, Assert.Single(sink.Errors).Column);
    }

    [Fact]
    public async Task Read_NegativeAmount_IsKeptAsACredit()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page("""{"object":"organization.costs.result","amount":{"value":-1.25,"currency":"usd"},"line_item":"Credit"}"""));

        Assert.Empty(sink.Errors);
        Assert.Equal(-1.25m, Assert.Single(sink.Records).Cost);
    }

    [Fact]
    public async Task Read_UsagePage_IsFatalAndNamesTheRightFormat()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("OpenAI", "usage_completions_pages.json"));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("openai-usage", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("gpt-4o-2024-08-06, input", "gpt-4o-2024-08-06")]
    [InlineData("gpt-4o-mini-2024-07-18, cached input", "gpt-4o-mini-2024-07-18")]
    [InlineData("o1, output", "o1")]
    [InlineData("text-embedding-3-small, input", "text-embedding-3-small")]
    [InlineData("ft:gpt-4o-mini-2024-07-18:acme::abc123, training", "ft:gpt-4o-mini-2024-07-18:acme::abc123")]
    [InlineData("Image models", null)]
    [InlineData("Web search tool calls", null)]
    [InlineData("Code interpreter, sessions", null)]
    [InlineData("assistants, storage", null)]
    [InlineData(", input", null)]
    [InlineData(null, null)]
    public void ModelOf_LineItem_IsTheModelPartOnly(string? lineItem, string? model) =>
        Assert.Equal(model, OpenAiLineItems.ModelOf(lineItem));
}
