using ValueLedger.Core.Ledger;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Tests.ApiPages;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.OpenAI;

public sealed class OpenAiUsageImporterTests
{
    private static readonly OpenAiUsageImporter Importer = new();

    private static Task<CollectingSink> ReadFixtureAsync(string name) =>
        ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("OpenAI", name), fileName: name);

    [Fact]
    public async Task Read_TwoPageArray_TotalsMatchHandSums()
    {
        var sink = await ReadFixtureAsync("usage_completions_pages.json");

        Assert.Empty(sink.Errors);
        Assert.Equal(6, sink.Records.Count);

        // input_tokens include cached tokens: (141201-40000)+(2000000-0)+(52000-12800)+(98000-25000)+(15000-0)+(120500-30500).
        Assert.Equal(2_318_401, sink.Records.Sum(r => r.InputTokens));
        Assert.Equal(40_000 + 12_800 + 25_000 + 30_500, sink.Records.Sum(r => r.CachedReadTokens));
        Assert.Equal(9_756 + 350_000 + 4_100 + 7_200 + 42_000 + 8_800, sink.Records.Sum(r => r.OutputTokens));
        Assert.Equal(470 + 1_200 + 88 + 301 + 35 + 410, sink.Records.Sum(r => r.Requests));
        Assert.All(sink.Records, r =>
        {
            Assert.Equal(RecordKind.UsageTelemetry, r.Kind);
            Assert.Equal("openai", r.Provider);
            Assert.Null(r.Cost);
            Assert.Null(r.CostMeasure);
            Assert.Null(r.CacheWriteTokens);
            Assert.Equal("USD", r.Currency);
            Assert.True(r.AiScope);
            Assert.Equal("OpenAI API", r.ServiceName);
            Assert.Equal("AI and Machine Learning", r.ServiceCategory);
            Assert.Null(r.BillingPeriodStart);
        });
    }

    [Fact]
    public async Task Read_FirstResult_MapsEveryField()
    {
        var sink = await ReadFixtureAsync("usage_completions_pages.json");

        var first = sink.Records[0];
        Assert.Equal(new DateTime(2025, 1, 11, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 1, 12, 0, 0, 0, DateTimeKind.Utc), first.ChargePeriodEnd);
        Assert.Equal(DateTimeKind.Utc, first.ChargePeriodEnd.Kind);
        Assert.Equal("proj_alpha", first.SubAccountId);
        Assert.Equal("key_alpha1", first.ApiKeyId);
        Assert.Equal("gpt-4o-2024-08-06", first.Model);
        Assert.Null(first.ServiceTier);
        Assert.Null(first.EndUserHash);
        Assert.Equal(101_201, first.InputTokens);
        Assert.Equal(40_000, first.CachedReadTokens);
        Assert.Equal(9_756, first.OutputTokens);
        Assert.Equal(470, first.Requests);
        Assert.Equal(10, first.SourceLine);
    }

    [Fact]
    public async Task Read_BatchResult_ServiceTierIsBatch()
    {
        var sink = await ReadFixtureAsync("usage_completions_pages.json");

        var batch = Assert.Single(sink.Records, r => r.Model == "gpt-4o-mini-2024-07-18");
        Assert.Equal("batch", batch.ServiceTier);
        Assert.Equal(2_000_000, batch.InputTokens);
    }

    [Fact]
    public async Task Read_UserGroupedPage_HashesUserAndUsesUncachedTokens()
    {
        var sink = await ReadFixtureAsync("usage_by_user_hourly.json");

        Assert.Empty(sink.Errors);
        Assert.Equal(3, sink.Records.Count);
        Assert.Equal(4_000 + 3_000 + 700, sink.Records.Sum(r => r.InputTokens));
        Assert.Equal(1_000, sink.Records.Sum(r => r.CachedReadTokens));
        Assert.Equal(["default", "flex", "priority"], sink.Records.Select(r => r.ServiceTier));
        Assert.Equal(TestHasher.Instance.Hash("user_Abc123"), sink.Records[0].EndUserHash);
        Assert.Null(sink.Records[2].EndUserHash);
        Assert.Equal(new DateTime(2025, 8, 1, 9, 0, 0, DateTimeKind.Utc), sink.Records[0].ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 8, 1, 10, 0, 0, DateTimeKind.Utc), sink.Records[0].ChargePeriodEnd);
        Assert.DoesNotContain(sink.Records.SelectMany(ApiTestSamples.StringValues), v => v.Contains("user_Abc123", StringComparison.Ordinal) || v.Contains("user_Def456", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_SameFileTwice_GivesSameUniqueKeys()
    {
        var first = await ReadFixtureAsync("usage_completions_pages.json");
        var again = await ReadFixtureAsync("usage_completions_pages.json");

        Assert.Equal(first.Records.Select(r => r.RecordKey), again.Records.Select(r => r.RecordKey));
        Assert.Equal(first.Records.Count, first.Records.Select(r => r.RecordKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(
            "2025-01-11T00:00:00Z/2025-01-12T00:00:00Z|project_id=proj_alpha|user=~|api_key_id=key_alpha1|model=gpt-4o-2024-08-06|batch=false|service_tier=~",
            first.Records[0].RecordKey);
    }

    [Fact]
    public async Task Read_SameBucketInAnotherExport_GetsTheSameKey()
    {
        // A re-export of one day, as a bare array of buckets, with the fields in another order and a new field.
        const string reExport = """
            [{"results": [{"model": "gpt-4o-2024-08-06", "batch": false, "api_key_id": "key_alpha1", "project_id": "proj_alpha",
              "input_tokens": 141201, "input_cached_tokens": 40000, "output_tokens": 9756, "num_model_requests": 470, "new_field": 1,
              "object": "organization.usage.completions.result"}],
              "end_time": 1736640000, "start_time": 1736553600, "object": "bucket"}]
            """;
        var original = await ReadFixtureAsync("usage_completions_pages.json");
        var sink = await ImporterHarness.RunAsync(Importer, reExport);

        Assert.Empty(sink.Errors);
        Assert.Equal(original.Records[0].RecordKey, Assert.Single(sink.Records).RecordKey);
    }

    [Fact]
    public async Task Read_CachedMoreThanInput_IsRowErrorNamingTheColumn()
    {
        const string json = """
            {"object":"page","data":[{"object":"bucket","start_time":1736553600,"end_time":1736640000,"results":[
            {"object":"organization.usage.completions.result","input_tokens":10,"input_cached_tokens":11,"output_tokens":1,"model":"gpt-4o"}
            ]}],"has_more":false,"next_page":null}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Equal("input_cached_tokens", error.Column);
        Assert.Contains("bucket 1, result 1", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BadStartTime_ReportsTheBucketTimeLine()
    {
        const string json = """
            {"object": "page", "data": [
              {"object": "bucket",
               "start_time": "yesterday",
               "end_time": 1736640000,
               "results": [{"object": "organization.usage.completions.result", "input_tokens": 1, "model": "gpt-4o"}]},
              {"object": "bucket", "start_time": 1736640000, "end_time": 1736726400,
               "results": [{"object": "organization.usage.completions.result", "input_tokens": 2, "model": "gpt-4o"}]}
            ]}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal("start_time", error.Column);
        Assert.False(error.IsFatal);
        Assert.Equal(2, Assert.Single(sink.Records).InputTokens);
    }

    [Fact]
    public async Task Read_CostsPage_IsFatalAndNamesTheRightFormat()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("OpenAI", "costs_page.json"));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("openai-costs", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_AnthropicReport_IsFatal()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ImporterHarness.Fixture("Anthropic", "usage_report_pages.json"));

        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("starting_at", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CsvAndOtherJson_AreNotClaimed()
    {
        var csv = "BilledCost,BillingAccountId,ChargePeriodStart\n1.0,acct,2024-09-01T00:00:00Z\n"u8.ToArray();
        var otherJson = """[{"request_id": "r1", "spend": 0.1, "model": "gpt-4o", "startTime": "2024-09-01T00:00:00Z"}]"""u8.ToArray();

        Assert.Equal(0, ImporterHarness.Detect(Importer, csv, "focus.csv").Confidence);
        Assert.Equal(0, ImporterHarness.Detect(Importer, otherJson, "spend.json").Confidence);
    }

    [Fact]
    public void Detect_HeadCutMidPage_IsStillCertain()
    {
        var bytes = ImporterHarness.Fixture("OpenAI", "usage_completions_pages.json");
        var cut = bytes.AsSpan(0, 700).ToArray();

        Assert.Equal(100, ImporterHarness.Detect(Importer, cut, "page.json").Confidence);
    }
}
