using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.LiteLlm;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.LiteLlm;

public sealed class LiteLlmJsonImporterTests : ImporterContractTests
{
    protected override ISpendImporter Importer { get; } = new LiteLlmJsonImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ("spend_logs.json", LiteLlmFixtures.Json);

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ("spend_logs.ndjson", LiteLlmFixtures.NdjsonWithBadSpendOnLine3());

    protected override long BadRowLine => 3;

    [Fact]
    public async Task Read_JsonArray_TotalsMatchHandComputedSums()
    {
        var sink = await ImporterHarness.RunAsync(Importer, LiteLlmFixtures.Json, strict: true);

        Assert.Empty(sink.Errors);
        Assert.Equal(12, sink.Records.Count);
        Assert.Equal(0.00984926m, sink.Records.Sum(r => r.Cost ?? 0m));
        Assert.Equal(3039, sink.Records.Sum(r => r.InputTokens ?? 0));
        Assert.Equal(504, sink.Records.Sum(r => r.OutputTokens ?? 0));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => (long)i), sink.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_JsonArray_SameRecordsAsTheCsvExport()
    {
        var json = (await ImporterHarness.RunAsync(Importer, LiteLlmFixtures.Json, strict: true)).Records;
        var csv = (await ImporterHarness.RunAsync(new LiteLlmCsvImporter(), LiteLlmFixtures.Csv, strict: true)).Records;

        Assert.Equal(csv.Count, json.Count);
        foreach (var (c, j) in csv.Zip(json))
        {
            Assert.Equal(Describe(c), Describe(j));
        }
    }

    [Fact]
    public async Task Read_Ndjson_TotalsAndLineNumbers()
    {
        var sink = await ImporterHarness.RunAsync(Importer, LiteLlmFixtures.Ndjson, strict: true);

        Assert.Empty(sink.Errors);
        Assert.Equal(6, sink.Records.Count);
        Assert.Equal(0.00245226m, sink.Records.Sum(r => r.Cost ?? 0m));
        Assert.Equal(684, sink.Records.Sum(r => r.InputTokens ?? 0));
        Assert.Equal(149, sink.Records.Sum(r => r.OutputTokens ?? 0));
        Assert.Equal(Enumerable.Range(1, 6).Select(i => (long)i), sink.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_ArrayCutInHalf_FatalErrorAfterTheCompleteRows()
    {
        var bytes = LiteLlmFixtures.Json;
        var sink = await ImporterHarness.RunAsync(Importer, bytes.AsSpan(0, bytes.Length / 2).ToArray());

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("cut", error.Reason, StringComparison.Ordinal);
        Assert.True(error.Line > 1);
        Assert.NotEmpty(sink.Records);
    }

    [Fact]
    public async Task Read_MalformedNdjsonLine_FatalErrorWithItsLine()
    {
        var sink = await ImporterHarness.RunAsync(Importer, "{\"request_id\":\"a\",\"startTime\":\"2025-03-01T00:00:00Z\",\"model\":\"gpt-4o\",\"spend\":0.1}\n{\"request_id\": nope}\n");

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_StringEncodedJsonColumns_ParsedLikeObjects()
    {
        const string row = """
            [{"request_id":"a","startTime":"2025-03-01T00:00:00Z","model":"gpt-4o","spend":"0.25",
              "metadata":"{\"user_api_key_project_id\":\"proj-x\"}","request_tags":"[\"env:prod\"]"}]
            """;
        var sink = await ImporterHarness.RunAsync(Importer, row);

        var r = Assert.Single(sink.Records);
        Assert.Equal("proj-x", r.SubAccountId);
        Assert.Equal(0.25m, r.Cost);
        Assert.Contains(new Tag("env", "prod"), r.Tags);
    }

    [Theory]
    [InlineData("[]", "no spend-log rows")]
    [InlineData("[{\"id\":1,\"created\":\"x\"}]", "not LiteLLM")]
    [InlineData("[{\"request_id\":\"a\",\"startTime\":\"2025-03-01T00:00:00Z\",\"model\":\"m\"}] [1]", "after the end")]
    public async Task Read_NotSpendLogs_FatalError(string json, string reason)
    {
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ArrayElementNotAnObject_RowError()
    {
        var sink = await ImporterHarness.RunAsync(Importer, "[{\"request_id\":\"a\",\"startTime\":\"2025-03-01T00:00:00Z\",\"model\":\"m\",\"spend\":1},\n42]");

        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Single(sink.Records);
    }

    private static string Describe(SpendRecord r) =>
        string.Join('|', r.RecordKey, r.Provider, r.Model, r.Cost, r.CostMeasure, r.InputTokens, r.OutputTokens,
            r.ChargePeriodStart.ToString("O"), r.ChargePeriodEnd.ToString("O"), r.Team, r.SubAccountId, r.ApiKeyId,
            r.EndUserHash, r.AgentId, r.Succeeded, string.Join(';', r.Tags));
}
