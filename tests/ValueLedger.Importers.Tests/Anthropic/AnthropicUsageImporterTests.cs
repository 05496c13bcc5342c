using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Anthropic;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Anthropic;

public sealed class AnthropicUsageImporterTests
{
    private static readonly AnthropicUsageImporter Importer = new();

    private static Task<CollectingSink> ReadFixtureAsync() =>
        ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("Anthropic", "usage_report_pages.json"), fileName: "usage_report_pages.json");

    private static string Page(string results) => $$"""
        {"data":[{"starting_at":"2025-08-01T00:00:00Z","ending_at":"2025-08-02T00:00:00Z","results":[
        {{results}}
        ]}],"has_more":false,"next_page":null}
        """;

    [Fact]
    public async Task Read_TwoPageArray_TotalsMatchHandSums()
    {
        var sink = await ReadFixtureAsync();

        Assert.Empty(sink.Errors);
        Assert.Equal(6, sink.Records.Count);

        // Input here EXCLUDES cached tokens: uncached_input_tokens is taken as is.
        Assert.Equal(1_500 + 250_000 + 640_000 + 2_100 + 800 + 9_000, sink.Records.Sum(r => r.InputTokens));
        Assert.Equal(200 + 180_000 + 5_400 + 3_000, sink.Records.Sum(r => r.CachedReadTokens));

        // Cache writes: 5m + 1h creation = (500+1000) + 0 + 12000 + 300 + 2000 + 0.
        Assert.Equal(15_800, sink.Records.Sum(r => r.CacheWriteTokens));
        Assert.Equal(500 + 48_000 + 9_000 + 760 + 1_200 + 1_500, sink.Records.Sum(r => r.OutputTokens));
        Assert.All(sink.Records, r =>
        {
            Assert.Equal(RecordKind.UsageTelemetry, r.Kind);
            Assert.Equal("anthropic", r.Provider);
            Assert.Null(r.Requests);
            Assert.Null(r.Cost);
            Assert.Equal("USD", r.Currency);
            Assert.True(r.AiScope);
            Assert.Equal("AI and Machine Learning", r.ServiceCategory);
        });
    }

    [Fact]
    public async Task Read_FirstResult_MapsEveryField()
    {
        var sink = await ReadFixtureAsync();

        var first = sink.Records[0];
        Assert.Equal(new DateTime(2025, 8, 1, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 8, 2, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodEnd);
        Assert.Equal(DateTimeKind.Utc, first.ChargePeriodStart.Kind);
        Assert.Equal("wrkspc_01JwQvzr7rXLA5AGx3HKfFUJ", first.SubAccountId);
        Assert.Equal("apikey_01Rj2N8SVvo6BePZj99NhmiT", first.ApiKeyId);
        Assert.Equal("claude-sonnet-4-20250514", first.Model);
        Assert.Equal("standard", first.ServiceTier);
        Assert.Equal(1_500, first.InputTokens);
        Assert.Equal(200, first.CachedReadTokens);
        Assert.Equal(1_500, first.CacheWriteTokens);
        Assert.Equal(500, first.OutputTokens);
        Assert.Equal(8, first.SourceLine);
    }

    [Fact]
    public async Task Read_DefaultWorkspace_StaysNullAndKeyDiffersFromAWorkspace()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page("""
            {"uncached_input_tokens": 1, "output_tokens": 1, "workspace_id": null, "model": "claude-sonnet-4-20250514"},
            {"uncached_input_tokens": 2, "output_tokens": 2, "workspace_id": "wrkspc_a", "model": "claude-sonnet-4-20250514"},
            {"uncached_input_tokens": 3, "output_tokens": 3, "workspace_id": "~", "model": "claude-sonnet-4-20250514"}
            """));

        Assert.Empty(sink.Errors);
        Assert.Null(sink.Records[0].SubAccountId);
        Assert.Contains("|workspace_id=~|", sink.Records[0].RecordKey, StringComparison.Ordinal);
        Assert.Equal(3, sink.Records.Select(r => r.RecordKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Read_ContextWindowSplit_GivesDistinctKeys()
    {
        var sink = await ReadFixtureAsync();

        Assert.Equal(6, sink.Records.Select(r => r.RecordKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Read_AccountGrouping_StoresOnlyTheHash()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page("""{"uncached_input_tokens": 5, "account_id": "user_01PersonAccount", "model": "claude-sonnet-4-20250514"}"""));

        var record = Assert.Single(sink.Records);
        Assert.Equal(TestHasher.Instance.Hash("user_01PersonAccount"), record.EndUserHash);
        Assert.DoesNotContain(ApiPages.ApiTestSamples.StringValues(record), v => v.Contains("user_01PersonAccount", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{"uncached_input_tokens": -1}""", "uncached_input_tokens")]
    [InlineData("""{"output_tokens": 1.5}""", "output_tokens")]
    [InlineData("""{"cache_creation": {"ephemeral_5m_input_tokens": "many"}}""", "cache_creation.ephemeral_5m_input_tokens")]
    [InlineData("""{"cache_creation": 12}""", "cache_creation")]
    [InlineData("""{"cache_creation": {"ephemeral_5m_input_tokens": 9223372036854775807, "ephemeral_1h_input_tokens": 1}}""", "cache_creation")]
    public async Task Read_BadTokenCount_IsRowErrorNamingTheColumn(string result, string column)
    {
        var sink = await ImporterHarness.RunAsync(Importer, Page(result));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public async Task Read_BadTimestamp_IsRowErrorAtItsLine()
    {
        const string json = """
            {"data": [
              {"starting_at": "2025-08-01T00:00:00Z",
               "ending_at": "tomorrow",
               "results": [{"uncached_input_tokens": 1}]},
              {"starting_at": "2025-08-02T00:00:00+00:00", "ending_at": "2025-08-03T00:00:00+00:00", "results": [{"uncached_input_tokens": 2}]}
            ]}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("ending_at", error.Column);
        var record = Assert.Single(sink.Records);
        Assert.Equal(new DateTime(2025, 8, 2, 0, 0, 0, DateTimeKind.Utc), record.ChargePeriodStart);
    }

    [Fact]
    public async Task Read_CostReport_IsFatalAndNamesTheRightFormat()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("Anthropic", "cost_report_page.json"));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("anthropic-cost", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OpenAiPage_IsFatal()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("OpenAI", "usage_completions_pages.json"));

        Assert.Empty(sink.Records);
        Assert.True(Assert.Single(sink.Errors).IsFatal);
    }
}
