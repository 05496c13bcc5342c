using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.LiteLlm;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.LiteLlm;

public sealed class LiteLlmCsvImporterTests : ImporterContractTests
{
    protected override ISpendImporter Importer { get; } = new LiteLlmCsvImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ("spend_logs.csv", LiteLlmFixtures.Csv);

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ("spend_logs.csv", LiteLlmFixtures.CsvWithBadSpendOnLine5());

    protected override long BadRowLine => 5;

    private async Task<List<SpendRecord>> ReadFixtureAsync()
    {
        var sink = await ImporterHarness.RunAsync(Importer, LiteLlmFixtures.Csv, strict: true);
        Assert.Empty(sink.Errors);
        return sink.Records;
    }

    [Fact]
    public async Task Read_Fixture_TotalsMatchHandComputedSums()
    {
        var records = await ReadFixtureAsync();

        Assert.Equal(12, records.Count);
        Assert.Equal(0.00984926m, records.Sum(r => r.Cost ?? 0m));
        Assert.Equal(3039, records.Sum(r => r.InputTokens ?? 0));
        Assert.Equal(504, records.Sum(r => r.OutputTokens ?? 0));
        Assert.Equal(12, records.Sum(r => r.Requests ?? 0));
        Assert.All(records, r =>
        {
            Assert.Equal(RecordKind.UsageTelemetry, r.Kind);
            Assert.True(r.AiScope);
            Assert.Equal("USD", r.Currency);
            Assert.Null(r.CachedReadTokens);
        });
        Assert.Equal(records.Count, records.Select(r => r.RecordKey).Distinct().Count());
    }

    [Fact]
    public async Task Read_FirstRow_MapsEveryField()
    {
        var r = (await ReadFixtureAsync())[0];

        Assert.Equal("chatcmpl-9f2d1c3b-01", r.RecordKey);
        Assert.Equal(2, r.SourceLine);
        Assert.Equal("openai", r.Provider);
        Assert.Equal("gpt-4o-mini", r.Model);
        Assert.Equal(new DateTime(2025, 3, 3, 9, 15, 2, 123, DateTimeKind.Utc), r.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 3, 3, 9, 15, 3, 456, DateTimeKind.Utc), r.ChargePeriodEnd);
        Assert.Equal(0.00034m, r.Cost);
        Assert.Equal(CostMeasures.SourceEstimate, r.CostMeasure);
        Assert.Equal(120, r.InputTokens);
        Assert.Equal(40, r.OutputTokens);
        Assert.Equal("5d9f1ac7e3b24f0e8c6a41d2b7e9f03a6c1d8e4b2a7f9c0d3e5b8a1f4c6d2e7b", r.ApiKeyId);
        Assert.Equal("team-search", r.Team);
        Assert.Equal("proj-search", r.SubAccountId);
        Assert.Equal(TestHasher.Instance.Hash("alice@example.com"), r.EndUserHash);
        Assert.True(r.Succeeded);
        Assert.Contains(new Tag("prod", null), r.Tags);
        Assert.Contains(new Tag("team", "search"), r.Tags);
        Assert.Contains(new Tag("call_type", "acompletion"), r.Tags);
        Assert.Contains(new Tag("organization_id", "org-acme"), r.Tags);
        Assert.Contains(new Tag("session_id", "sess-7a1"), r.Tags);
    }

    [Theory]
    [InlineData("chatcmpl-9f2d1c3b-02", "azure", "gpt-4o")]
    [InlineData("chatcmpl-9f2d1c3b-03", "aws", "anthropic.claude-3-5-sonnet-20240620-v1:0")]
    [InlineData("msg_01HXYZ-07", "anthropic", "claude-sonnet-4-5")]
    [InlineData("gemini-5e1-08", "google", "gemini-2.0-flash")]
    [InlineData("chatcmpl-9f2d1c3b-10", "azure", "gpt-4o")]
    public async Task Read_ProviderAndModel_CanonicalAndWithoutPrefix(string requestId, string provider, string model)
    {
        var r = (await ReadFixtureAsync()).Single(x => x.RecordKey == requestId);

        Assert.Equal(provider, r.Provider);
        Assert.Equal(model, r.Model);
    }

    [Fact]
    public async Task Read_SpendWithExponent_IsExactDecimal()
    {
        var records = await ReadFixtureAsync();

        Assert.Equal(0.000012m, records.Single(r => r.RecordKey == "chatcmpl-9f2d1c3b-02").Cost);
        Assert.Equal(0.00000026m, records.Single(r => r.RecordKey == "emb-4c7e0a-06").Cost);
    }

    [Fact]
    public async Task Read_EmptySpendAndEnd_CostNullAndOneSecondPeriod()
    {
        var r = (await ReadFixtureAsync()).Single(x => x.RecordKey == "chatcmpl-9f2d1c3b-09");

        Assert.Null(r.Cost);
        Assert.Null(r.CostMeasure);
        Assert.Equal(200, r.InputTokens);
        Assert.Equal(r.ChargePeriodStart.AddSeconds(1), r.ChargePeriodEnd);
    }

    [Fact]
    public async Task Read_FailedRequestEndingAtItsStart_NotSucceededAndOneSecondPeriod()
    {
        var r = (await ReadFixtureAsync()).Single(x => x.RecordKey == "chatcmpl-9f2d1c3b-04");

        Assert.False(r.Succeeded);
        Assert.Equal(0m, r.Cost);
        Assert.Equal(new DateTime(2025, 3, 3, 9, 21, 31, DateTimeKind.Utc), r.ChargePeriodEnd);
    }

    [Fact]
    public async Task Read_NoTeamId_TeamAliasAndProjectFromMetadata()
    {
        var r = (await ReadFixtureAsync()).Single(x => x.RecordKey == "chatcmpl-9f2d1c3b-10");

        Assert.Equal("data-science", r.Team);
        Assert.Equal("proj-ds", r.SubAccountId);
    }

    [Fact]
    public async Task Read_RequestTags_SplitOnColonOrEquals()
    {
        var r = (await ReadFixtureAsync()).Single(x => x.RecordKey == "chatcmpl-9f2d1c3b-12");

        Assert.Contains(new Tag("env", "staging"), r.Tags);
        Assert.Contains(new Tag("cost_center", "cc-42"), r.Tags);
        Assert.Contains(new Tag("batch", null), r.Tags);
        Assert.DoesNotContain(r.Tags, t => t.Key == "request_tag");
    }

    [Fact]
    public async Task Read_CacheHitAndAgent_Kept()
    {
        var records = await ReadFixtureAsync();

        Assert.Contains(new Tag("cache_hit", "true"), records.Single(r => r.RecordKey == "chatcmpl-9f2d1c3b-05").Tags);
        Assert.DoesNotContain(records[0].Tags, t => t.Key == "cache_hit");
        Assert.Equal("agent-triage", records.Single(r => r.RecordKey == "chatcmpl-9f2d1c3b-11").AgentId);
    }

    [Fact]
    public async Task Read_PersonIdentifiers_OnlyHashed()
    {
        var records = await ReadFixtureAsync();

        Assert.Equal(TestHasher.Instance.Hash("u-2002"), records.Single(r => r.RecordKey == "chatcmpl-9f2d1c3b-03").EndUserHash);
        Assert.Null(records.Single(r => r.RecordKey == "gemini-5e1-08").EndUserHash);
        foreach (var r in records)
        {
            var texts = new[] { r.RecordKey, r.Team, r.SubAccountId, r.ApiKeyId, r.AgentId, r.EndUserHash }
                .Concat(r.Tags.SelectMany(t => new[] { t.Key, t.Value }));
            Assert.DoesNotContain(texts, t => t is not null && (t.Contains('@', StringComparison.Ordinal) || t.StartsWith("u-", StringComparison.Ordinal)));
        }
    }
}
