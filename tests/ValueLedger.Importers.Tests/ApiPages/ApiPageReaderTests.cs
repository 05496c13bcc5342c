using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.ApiPages;

/// <summary>The shared page reading, exercised through the OpenAI usage importer.</summary>
public sealed class ApiPageReaderTests
{
    private static readonly OpenAiUsageImporter Importer = new();

    [Fact]
    public async Task Read_ManyPagesArray_StopsWithoutReadingAhead()
    {
        // 200,000 pages (about 50 MB); the bad one is page 2,000 (0-based), on line 2,002 (line 1 is "[").
        using var stream = new GeneratedPagesStream(pageCount: 200_000, badPage: 2_000);
        var sink = new CollectingSink(stopAtFirstError: true);
        var context = new ImportContext { FileName = "pages.json", Hasher = TestHasher.Instance };

        await Importer.ReadAsync(stream, context, sink, CancellationToken.None);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(2_002, error.Line);
        Assert.Equal("output_tokens", error.Column);
        Assert.Equal(2_000, sink.Records.Count);
        Assert.True(stream.BytesRead < 1024 * 1024, $"read {stream.BytesRead} bytes to reach the first 2,000 pages");
    }

    [Fact]
    public async Task Read_ManyPagesArray_LineNumbersStayRightAcrossBufferRefills()
    {
        using var stream = new GeneratedPagesStream(pageCount: 3_000, badPage: -1);
        var sink = new CollectingSink();
        var context = new ImportContext { FileName = "pages.json", Hasher = TestHasher.Instance };

        await Importer.ReadAsync(stream, context, sink, CancellationToken.None);

        Assert.Empty(sink.Errors);
        Assert.Equal(3_000, sink.Records.Count);
        Assert.Equal(Enumerable.Range(2, 3_000).Select(i => (long)i), sink.Records.Select(r => r.SourceLine));
        Assert.Equal(Enumerable.Range(0, 3_000).Sum(i => (long)i), sink.Records.Sum(r => r.OutputTokens));
    }

    [Fact]
    public async Task Read_ArrayCutInHalfAfterBufferRefills_IsFatalAtTheLineWhereItBreaks()
    {
        var text = new StringBuilder("[\n");
        for (var i = 0; i < 1_000; i++)
        {
            text.Append(GeneratedPagesStream.Page(i, bad: false)).Append(",\n");
        }

        // Line 1,002 holds the first 80 characters of page 1,000 and then the input ends.
        text.Append(GeneratedPagesStream.Page(1_000, bad: false).AsSpan(0, 80));
        var sink = await ImporterHarness.RunAsync(Importer, text.ToString());

        Assert.Equal(1_000, sink.Records.Count);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal(1_002, error.Line);
    }

    [Fact]
    public async Task Read_BrokenJsonInTheMiddle_IsFatalAtThatLine()
    {
        const string json = """
            [
              {"start_time": 1736553600, "end_time": 1736640000, "results": [{"input_tokens": 1, "model": "gpt-4o"}]},
              {"start_time": 1736640000, "end_time": 1736726400, "results": [{"input_tokens": 2, "model": "gpt-4o"}]},
              {"start_time": 1736726400 "end_time": 1736812800, "results": []}
            ]
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        Assert.Equal(2, sink.Records.Count);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal(4, error.Line);
    }

    [Fact]
    public async Task Read_BucketWithoutResults_IsRowErrorAndTheRestIsRead()
    {
        const string json = """
            {"data": [
              {"start_time": 1736553600, "end_time": 1736640000},
              {"start_time": 1736640000, "end_time": 1736726400, "results": [{"input_tokens": 2, "model": "gpt-4o"}]}
            ]}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(2, error.Line);
        Assert.Equal("results", error.Column);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_BucketEndingBeforeItStarts_IsRowError()
    {
        const string json = """{"data": [{"start_time": 1736640000, "end_time": 1736553600, "results": [{"input_tokens": 2}]}]}""";
        var sink = await ImporterHarness.RunAsync(Importer, json);

        Assert.Empty(sink.Records);
        Assert.Equal("end_time", Assert.Single(sink.Errors).Column);
    }

    [Fact]
    public async Task Read_TwoResultsWithTheSameGrouping_SecondIsRowError()
    {
        // Grouped by a field the importer does not know: the keys would collide, so the second is reported, not dropped silently.
        const string json = """
            {"data": [{"start_time": 1736553600, "end_time": 1736640000, "results": [
              {"input_tokens": 1, "model": "gpt-4o", "region": "us"},
              {"input_tokens": 2, "model": "gpt-4o", "region": "eu"}
            ]}]}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        Assert.Single(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(3, error.Line);
        Assert.False(error.IsFatal);
    }

    [Fact]
    public async Task Read_CancelledMidway_Throws()
    {
        using var cts = new CancellationTokenSource();
        using var stream = new GeneratedPagesStream(pageCount: 200_000, badPage: -1);
        var sink = new CancellingSink(cts, afterRecords: 5_000);
        var context = new ImportContext { FileName = "pages.json", Hasher = TestHasher.Instance };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Importer.ReadAsync(stream, context, sink, cts.Token));
        Assert.True(stream.BytesRead < 8 * 1024 * 1024);
    }

    private sealed class CancellingSink(CancellationTokenSource cts, int afterRecords) : IRecordSink
    {
        private int count;

        public void Accept(Core.Ledger.SpendRecord record)
        {
            if (++count == afterRecords)
            {
                cts.Cancel();
            }
        }

        public bool Reject(RowError error) => true;
    }
}
