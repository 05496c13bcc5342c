using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Otel;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Otel;

public sealed class OtlpJsonTraceImporterEdgeTests
{
    private const string PlainSpanDocument =
        """{"resourceSpans":[{"resource":{"attributes":[]},"scopeSpans":[{"spans":[{"traceId":"t","spanId":"s","startTimeUnixNano":"1741000000000000000","attributes":[{"key":"http.method","value":{"stringValue":"GET"}}]}]}]}]}""";

    private static readonly OtlpJsonTraceImporter Importer = new();

    private static ImportContext Context => new() { FileName = "payload", Hasher = TestHasher.Instance };

    [Fact]
    public async Task Read_MalformedSecondLine_FatalErrorWithItsLine()
    {
        var text = Encoding.UTF8.GetString(OtlpFixtures.Ndjson).Split('\n');
        var sink = await ImporterHarness.RunAsync(Importer, text[0] + "\n{\"resourceSpans\": [oops\n");

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Equal(2, sink.Records.Count);
    }

    [Fact]
    public async Task Read_NoGenAiSpans_FatalErrorSaysWhy()
    {
        var sink = await ImporterHarness.RunAsync(Importer, PlainSpanDocument);

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("no GenAI spans among 1", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OtherJsonObject_FatalNotOtlp()
    {
        var sink = await ImporterHarness.RunAsync(Importer, """{"object":"page","data":[]}""");

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("not an OTLP", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MissingEndTime_OneSecondPeriod()
    {
        var json = PlainSpanDocument.Replace("\"http.method\",\"value\":{\"stringValue\":\"GET\"}", "\"gen_ai.operation.name\",\"value\":{\"stringValue\":\"chat\"}", StringComparison.Ordinal);
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var r = Assert.Single(sink.Records);
        Assert.Equal(r.ChargePeriodStart.AddSeconds(1), r.ChargePeriodEnd);
        Assert.Equal("unknown", r.Provider);
        Assert.Equal("t:s", r.RecordKey);
    }

    [Fact]
    public void ReadDocument_InMemoryPayload_YieldsTheSameRecordsAsTheFile()
    {
        var sink = new CollectingSink();

        Assert.True(OtlpJsonTraceImporter.ReadDocument(OtlpFixtures.Document, Context, sink));
        Assert.Empty(sink.Errors);
        Assert.Equal(4, sink.Records.Count);
        Assert.Equal(2712, sink.Records.Sum(r => r.InputTokens ?? 0));
    }

    [Fact]
    public void ReadDocument_PayloadWithoutGenAiSpans_NothingAndNoError()
    {
        var sink = new CollectingSink();

        Assert.True(OtlpJsonTraceImporter.ReadDocument(Encoding.UTF8.GetBytes(PlainSpanDocument), Context, sink));
        Assert.Empty(sink.Errors);
        Assert.Empty(sink.Records);
    }

    [Fact]
    public void ReadDocument_MalformedPayload_OneFatalError()
    {
        var sink = new CollectingSink();

        Assert.False(OtlpJsonTraceImporter.ReadDocument("{\"resourceSpans\":"u8, Context, sink));
        Assert.True(Assert.Single(sink.Errors).IsFatal);
    }

    [Fact]
    public async Task ReadDocumentAsync_StreamPayload_Read()
    {
        var sink = new CollectingSink();
        using var stream = new MemoryStream(OtlpFixtures.Document);

        Assert.True(await OtlpJsonTraceImporter.ReadDocumentAsync(stream, Context, sink, CancellationToken.None));
        Assert.Equal(4, sink.Records.Count);
    }

    [Fact]
    public void Detect_DocumentAndNdjson_Certain()
    {
        Assert.Equal(100, Importer.Detect(OtlpFixtures.Document, "traces.json").Confidence);
        Assert.Equal(100, Importer.Detect(OtlpFixtures.Ndjson, "traces.ndjson").Confidence);
        Assert.Equal(0, Importer.Detect("[{\"request_id\":1}]"u8, "x.json").Confidence);
    }
}
