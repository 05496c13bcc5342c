using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ValueLedger.Testing;

namespace ValueLedger.Web.Tests.Otlp;

/// <summary>
/// <c>POST /v1/traces</c>: GenAI spans sent as OTLP protobuf or JSON land in the ledger with the figures a CLI import
/// of the same spans gives, once however often they are sent; bad payloads, roles and a full queue are refused.
/// </summary>
public sealed partial class OtlpReceiverTests(OtlpLedgerFixture fixture) : IClassFixture<OtlpLedgerFixture>
{
    private const string Collector = "otel-collector";
    private static readonly DateTime January2031 = new(2031, 1, 5, 9, 0, 0, DateTimeKind.Utc);
    private const string January2031Spend = "/api/spend?by=provider,model&from=2031-01-01&to=2031-02-01";

    [Fact]
    public async Task Protobuf_GenAiSpans_SpendEqualsCliImportOfTheSameJson()
    {
        var json = OtlpTestPayloads.GenAiJson(40, 0x1000, January2031, other: 5);
        await using var server = await fixture.StartAsync();
        using var response = await PostAsync(server.ClientFor(Collector), OtlpTestPayloads.ToProtobuf(json), OtlpProtobuf);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/x-protobuf", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        await server.WaitForCommitsAsync();
        using var received = await GetJsonAsync(server.ClientFor("admin"), January2031Spend);

        var copy = fixture.CopyLedger();
        var file = Path.Combine(fixture.Folder, $"spans-{Guid.NewGuid():n}.json");
        await File.WriteAllTextAsync(file, json);
        var import = await DemoLedgerFixture.CliAsync("import", "--db", copy, file);
        Assert.True(import.Exit == 0, import.Stderr + import.Stdout);
        var cli = await DemoLedgerFixture.CliAsync("spend", "--db", copy, "--by", "provider,model", "--from", "2031-01-01", "--to", "2031-02-01", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var imported = JsonDocument.Parse(cli.Stdout);

        var row = Assert.Single(received.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(40, row.GetProperty("telemetryRecords").GetInt64());
        Assert.Equal(0, row.GetProperty("unpricedTelemetryRecords").GetInt64());
        Assert.NotEqual("0", row.GetProperty("cost").GetString());
        Assert.Equal(JsonSerializer.Serialize(imported.RootElement.GetProperty("totals")), JsonSerializer.Serialize(received.RootElement.GetProperty("totals")));
        Assert.Equal(imported.RootElement.GetProperty("rows")[0].GetProperty("cost").GetString(), row.GetProperty("cost").GetString());
        Assert.Equal(imported.RootElement.GetProperty("rows")[0].GetProperty("tokens").GetInt64(), row.GetProperty("tokens").GetInt64());
    }

    [Fact]
    public async Task RetriedExport_ProtobufThenJsonOfTheSameSpans_CountedOnce()
    {
        var json = OtlpTestPayloads.GenAiJson(12, 0x2000, January2031);
        await using var server = await fixture.StartAsync();
        var client = server.ClientFor(Collector);
        for (var i = 0; i < 2; i++)
        {
            using var again = await PostAsync(client, OtlpTestPayloads.ToProtobuf(json), OtlpProtobuf);
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            await server.WaitForCommitsAsync();
        }

        using var asJson = await PostAsync(client, OtlpTestPayloads.Utf8(json), "application/json");
        Assert.Equal(HttpStatusCode.OK, asJson.StatusCode);
        Assert.Equal("{}", await asJson.Content.ReadAsStringAsync());
        await server.WaitForCommitsAsync();

        using var spend = await GetJsonAsync(server.ClientFor("admin"), January2031Spend);
        Assert.Equal(12, Assert.Single(spend.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("telemetryRecords").GetInt64());
        Assert.Equal(36, server.Queue.CommittedRecords);
        Assert.Equal(12, server.Queue.InsertedRecords);
    }

    [Fact]
    public async Task GzipProtobuf_Post_RecordsLand()
    {
        await using var server = await fixture.StartAsync();
        var payload = OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(7, 0x3000, January2031));
        using var gzipped = new MemoryStream();
        await using (var gzip = new GZipStream(gzipped, CompressionLevel.Fastest, leaveOpen: true))
        {
            await gzip.WriteAsync(payload);
        }

        using var response = await PostAsync(server.ClientFor(Collector), gzipped.ToArray(), OtlpProtobuf, "gzip");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await server.WaitForCommitsAsync();
        using var spend = await GetJsonAsync(server.ClientFor("admin"), January2031Spend);
        Assert.Equal(7, Assert.Single(spend.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("telemetryRecords").GetInt64());

        // Every write is audited: the batch names the token's actor and the import it landed in.
        using var audit = await GetJsonAsync(server.ClientFor("admin"), "/api/audit?subject=source:*&pageSize=50");
        var entry = Assert.Single(audit.RootElement.GetProperty("items").EnumerateArray(), e => e.GetProperty("action").GetString() == "telemetry.receive");
        Assert.Equal(Collector, entry.GetProperty("actor").GetString());
        Assert.Contains("\"records\":\"7\"", entry.GetProperty("details").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Json_OneUnreadableGenAiSpan_Returns200WithPartialSuccess()
    {
        var json = OtlpTestPayloads.GenAiJson(3, 0x4000, January2031, other: 4)
            .Replace("{\"intValue\":\"1000\"}", "{\"stringValue\":\"lots\"}", StringComparison.Ordinal);
        await using var server = await fixture.StartAsync();
        using var response = await PostAsync(server.ClientFor("admin"), OtlpTestPayloads.Utf8(json), "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var partial = body.RootElement.GetProperty("partialSuccess");
        Assert.Equal("1", partial.GetProperty("rejectedSpans").GetString());
        Assert.Contains("gen_ai.usage.input_tokens", partial.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        await server.WaitForCommitsAsync();
        Assert.Equal(2, server.Queue.InsertedRecords);
    }

    [Fact]
    public async Task Shutdown_WithUncommittedSpans_FlushesThemToTheLedger()
    {
        var server = await fixture.StartAsync(o => o with { OtlpFlushInterval = TimeSpan.FromMinutes(10) });
        await using (server)
        {
            using var response = await PostAsync(server.ClientFor(Collector), OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(9, 0x8000, January2031)), OtlpProtobuf);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(9, server.Queue.Pending);
            await server.StopAsync();
        }

        var cli = await DemoLedgerFixture.CliAsync("spend", "--db", server.LedgerPath, "--by", "provider", "--from", "2031-01-01", "--to", "2031-02-01", "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var spend = JsonDocument.Parse(cli.Stdout);
        Assert.Equal(9, spend.RootElement.GetProperty("rows")[0].GetProperty("telemetryRecords").GetInt64());
        var sources = await DemoLedgerFixture.CliAsync("sources", "--db", server.LedgerPath);
        Assert.Contains("otlp:", sources.Stdout, StringComparison.Ordinal);
    }

    private const string OtlpProtobuf = "application/x-protobuf";

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, byte[] body, string contentType, string? encoding = null)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (encoding is not null)
        {
            content.Headers.ContentEncoding.Add(encoding);
        }

        return await client.PostAsync("/v1/traces", content);
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }

    /// <summary>A protobuf google.rpc.Status: code (1) and message (2).</summary>
    private static (int Code, string Message) ReadRpcStatus(byte[] body)
    {
        var input = new Google.Protobuf.CodedInputStream(body);
        var (code, message) = (0, "");
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (tag >> 3)
            {
                case 1: code = input.ReadInt32(); break;
                case 2: message = input.ReadString(); break;
                default: input.SkipLastField(); break;
            }
        }

        return (code, message);
    }
}
