using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Otel;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Otel;

public sealed class OtlpJsonTraceImporterTests : ImporterContractTests
{
    private static readonly DateTime T0 = new(2025, 3, 3, 11, 6, 40, DateTimeKind.Utc);

    protected override ISpendImporter Importer { get; } = new OtlpJsonTraceImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ("traces.json", OtlpFixtures.Document);

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ("traces.ndjson", OtlpFixtures.NdjsonWithBadCountOnLine2());

    protected override long BadRowLine => 2;

    private async Task<List<SpendRecord>> ReadAsync(byte[] bytes)
    {
        var sink = await ImporterHarness.RunAsync(Importer, bytes, strict: true);
        Assert.Empty(sink.Errors);
        return sink.Records;
    }

    [Fact]
    public async Task Read_Document_TotalsMatchHandComputedSums()
    {
        var records = await ReadAsync(OtlpFixtures.Document);

        Assert.Equal(4, records.Count);
        Assert.Equal(2712, records.Sum(r => r.InputTokens ?? 0));
        Assert.Equal(1500, records.Sum(r => r.CachedReadTokens ?? 0));
        Assert.Equal(300, records.Sum(r => r.CacheWriteTokens ?? 0));
        Assert.Equal(570, records.Sum(r => r.OutputTokens ?? 0));
        Assert.Equal(4, records.Sum(r => r.Requests ?? 0));
        Assert.All(records, r =>
        {
            Assert.Null(r.Cost);
            Assert.Equal(RecordKind.UsageTelemetry, r.Kind);
            Assert.True(r.AiScope);
        });
        Assert.DoesNotContain(records, r => r.RecordKey.EndsWith("0d9a7c2f4e6b8a10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_ChatSpan_MapsEveryField()
    {
        var r = (await ReadAsync(OtlpFixtures.Document))[0];

        Assert.Equal("5b8efff798038103d269b633813fc60c:eee19b7ec3c1b174", r.RecordKey);
        Assert.Equal(1, r.SourceLine);
        Assert.Equal("openai", r.Provider);
        Assert.Equal("gpt-4o-2024-08-06", r.Model);
        Assert.Equal(T0, r.ChargePeriodStart);
        Assert.Equal(T0.AddMilliseconds(2400), r.ChargePeriodEnd);
        Assert.Equal(200, r.InputTokens);
        Assert.Equal(1000, r.CachedReadTokens);
        Assert.Equal(300, r.OutputTokens);
        Assert.Equal("support", r.Team);
        Assert.Equal("proj-support", r.SubAccountId);
        Assert.Equal(TestHasher.Instance.Hash("alice@example.com"), r.EndUserHash);
        Assert.True(r.Succeeded);
        Assert.Contains(new Tag("service.name", "support-assistant"), r.Tags);
        Assert.Contains(new Tag("server.port", "443"), r.Tags);
        Assert.Contains(new Tag("gen_ai.operation.name", "chat"), r.Tags);
        Assert.Contains(new Tag("gen_ai.conversation.id", "conv-7f3a"), r.Tags);
        Assert.DoesNotContain(r.Tags, t => t.Key.StartsWith("gen_ai.usage.", StringComparison.Ordinal) || t.Key == "enduser.id");
    }

    [Fact]
    public async Task Read_EmbeddingsAndAgentSpans_ProviderCanonicalAndCacheSplit()
    {
        var records = await ReadAsync(OtlpFixtures.Document);
        var embeddings = records[1];
        var agent = records[2];

        Assert.Equal(("azure", "text-embedding-3-large", 512L, (long?)null), (embeddings.Provider, embeddings.Model, embeddings.InputTokens!.Value, embeddings.OutputTokens));
        Assert.Equal("aws", agent.Provider);
        Assert.Equal("agent-42", agent.AgentId);
        Assert.Equal((1200L, 500L, 300L, 150L), (agent.InputTokens!.Value, agent.CachedReadTokens!.Value, agent.CacheWriteTokens!.Value, agent.OutputTokens!.Value));
        Assert.Equal(TestHasher.Instance.Hash("bob@example.com"), agent.EndUserHash);
        Assert.Contains(new Tag("refund.approved", "true"), agent.Tags);
        Assert.Contains(new Tag("gen_ai.agent.name", "Refund Agent"), agent.Tags);
    }

    [Fact]
    public async Task Read_DeprecatedNamesAndErrorStatus_ReadAndNotSucceeded()
    {
        var r = (await ReadAsync(OtlpFixtures.Document))[3];

        Assert.Equal("anthropic", r.Provider);
        Assert.Equal("claude-sonnet-4-5", r.Model);
        Assert.Equal(800, r.InputTokens);
        Assert.Equal(120, r.OutputTokens);
        Assert.False(r.Succeeded);
        Assert.Equal(T0.AddMilliseconds(12500), r.ChargePeriodStart);
    }

    [Fact]
    public async Task Read_Ndjson_TotalsTeamsAndFlooredInput()
    {
        var records = await ReadAsync(OtlpFixtures.Ndjson);

        Assert.Equal(3, records.Count);
        Assert.Equal(4000, records.Sum(r => r.InputTokens ?? 0));
        Assert.Equal(270, records.Sum(r => r.OutputTokens ?? 0));
        Assert.Equal(100, records.Sum(r => r.ReasoningTokens ?? 0));
        Assert.Equal(("google", "platform", "gemini-2.5-pro"), (records[0].Provider, records[0].Team, records[0].Model));
        Assert.Null(records[1].InputTokens);
        Assert.Contains(new Tag("gen_ai.operation.name", "execute_tool"), records[1].Tags);
        Assert.Equal(0, records[2].InputTokens);
        Assert.Equal(150, records[2].CachedReadTokens);
        Assert.Equal(("search", "proj-search"), (records[2].Team, records[2].SubAccountId));
        Assert.Equal(TestHasher.Instance.Hash("u-1001"), records[2].EndUserHash);
        Assert.Equal([1L, 2L, 3L], records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_PersonIdentifiers_NeverInClear()
    {
        var records = (await ReadAsync(OtlpFixtures.Document)).Concat(await ReadAsync(OtlpFixtures.Ndjson));

        foreach (var r in records)
        {
            Assert.DoesNotContain(r.Tags, t => t.Key.StartsWith("user.", StringComparison.Ordinal) || t.Key.StartsWith("enduser.", StringComparison.Ordinal));
            Assert.DoesNotContain(r.Tags, t => t.Value is not null && (t.Value.Contains('@', StringComparison.Ordinal) || t.Value == "u-1001"));
        }
    }
}
