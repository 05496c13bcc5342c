using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Otel;
using ValueLedger.Importers.Tests.Contract;
using ValueLedger.Testing;

namespace ValueLedger.Importers.Tests.Otel;

public sealed class OtlpProtobufTraceReaderTests
{
    private static readonly ImportContext Context = new() { FileName = "otlp", Hasher = TestHasher.Instance };

    private static CollectingSink ReadProtobuf(byte[] payload)
    {
        var sink = new CollectingSink();
        OtlpProtobufTraceReader.ReadRequest(payload, payload.Length, Context, sink);
        return sink;
    }

    private static CollectingSink ReadJson(byte[] payload)
    {
        var sink = new CollectingSink();
        OtlpJsonTraceImporter.ReadDocument(payload, Context, sink);
        return sink;
    }

    [Fact]
    public void ReadRequest_FixtureAsProtobuf_GivesTheSameRecordsAsJson()
    {
        var json = ReadJson(OtlpFixtures.Document);
        var protobuf = ReadProtobuf(OtlpTestPayloads.ToProtobuf(Encoding.UTF8.GetString(OtlpFixtures.Document)));

        Assert.Empty(protobuf.Errors);
        Assert.Equal(4, protobuf.Records.Count);
        Assert.Equal(json.Records.Count, protobuf.Records.Count);
        for (var i = 0; i < json.Records.Count; i++)
        {
            var (j, p) = (json.Records[i], protobuf.Records[i]);
            Assert.Equal(j.RecordKey, p.RecordKey);
            Assert.Equal((j.Provider, j.Model, j.ChargePeriodStart, j.ChargePeriodEnd), (p.Provider, p.Model, p.ChargePeriodStart, p.ChargePeriodEnd));
            Assert.Equal((j.InputTokens, j.CachedReadTokens, j.CacheWriteTokens, j.OutputTokens, j.ReasoningTokens), (p.InputTokens, p.CachedReadTokens, p.CacheWriteTokens, p.OutputTokens, p.ReasoningTokens));
            Assert.Equal((j.Team, j.SubAccountId, j.EndUserHash, j.AgentId, j.Succeeded), (p.Team, p.SubAccountId, p.EndUserHash, p.AgentId, p.Succeeded));
            Assert.Equal(j.Tags, p.Tags);
        }

        // The fixture's last GenAI span has status code 2.
        Assert.Contains(protobuf.Records, r => r.Succeeded == false);
    }

    [Fact]
    public void ReadRequest_GeneratedSpans_KeysAreHexIdsAndOtherSpansSkipped()
    {
        var json = OtlpTestPayloads.GenAiJson(3, firstId: 0x1234, new DateTime(2030, 1, 2, 3, 0, 0, DateTimeKind.Utc), other: 2);
        var sink = ReadProtobuf(OtlpTestPayloads.ToProtobuf(json));

        Assert.Empty(sink.Errors);
        Assert.Equal(3, sink.Records.Count);
        Assert.Equal("00000000000000000000000000001234:0000000000001234", sink.Records[0].RecordKey);
        Assert.Equal(1000 - 100, sink.Records[0].InputTokens);
        Assert.Equal(100, sink.Records[0].CachedReadTokens);
        Assert.Equal(new DateTime(2030, 1, 2, 3, 0, 1, DateTimeKind.Utc).AddMilliseconds(800), sink.Records[1].ChargePeriodEnd);
        Assert.Equal("support", sink.Records[2].Team);
        Assert.Equal("kb-answers", sink.Records[2].SubAccountId);
    }

    [Fact]
    public void ReadRequest_Truncated_IsOneFatalError()
    {
        var payload = OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(2, 1, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
        var sink = ReadProtobuf(payload[..(payload.Length - 7)]);

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("not a valid OTLP protobuf", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadRequest_JsonBytesSentAsProtobuf_IsFatalNotRecords()
    {
        var sink = ReadProtobuf(OtlpFixtures.Document);

        Assert.Empty(sink.Records);
        Assert.True(Assert.Single(sink.Errors).IsFatal);
    }

    [Fact]
    public void ReadRequest_Empty_IsAnEmptyRequest()
    {
        var sink = ReadProtobuf([]);

        Assert.Empty(sink.Records);
        Assert.Empty(sink.Errors);
    }

    [Fact]
    public void ReadRequest_BadTokenCount_RejectsThatSpanOnly()
    {
        var json = OtlpTestPayloads.GenAiJson(2, 1, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc))
            .Replace("{\"intValue\":\"1000\"}", "{\"stringValue\":\"lots\"}", StringComparison.Ordinal);
        var sink = ReadProtobuf(OtlpTestPayloads.ToProtobuf(json));

        Assert.Single(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal("gen_ai.usage.input_tokens", error.Column);
    }

    [Fact]
    public void GenAiProtobuf_LoadBenchmarkPayload_EqualsTheJsonTranscoded()
    {
        var start = new DateTime(2030, 6, 1, 0, 0, 0, DateTimeKind.Utc);

        Assert.Equal(OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(25, 0xabcdef, start)), OtlpTestPayloads.GenAiProtobuf(25, 0xabcdef, start));
        Assert.Equal(25, ReadProtobuf(OtlpTestPayloads.GenAiProtobuf(25, 0xabcdef, start)).Records.Count);
    }
}
