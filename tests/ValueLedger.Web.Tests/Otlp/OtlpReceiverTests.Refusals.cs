using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ValueLedger.Testing;

namespace ValueLedger.Web.Tests.Otlp;

/// <summary>What the receiver refuses: undecodable payloads, callers without the ingest right, a full queue, a large body.</summary>
public sealed partial class OtlpReceiverTests
{
    [Fact]
    public async Task MalformedPayloads_Post_Return400WithRpcStatus()
    {
        await using var server = await fixture.StartAsync();
        var client = server.ClientFor(Collector);

        using var badProtobuf = await PostAsync(client, [0x0a, 0xff, 0xff, 0x01, 0x02], OtlpProtobuf);
        Assert.Equal(HttpStatusCode.BadRequest, badProtobuf.StatusCode);
        Assert.Equal("application/x-protobuf", badProtobuf.Content.Headers.ContentType?.MediaType);
        var (code, message) = ReadRpcStatus(await badProtobuf.Content.ReadAsByteArrayAsync());
        Assert.Equal(3, code);
        Assert.Contains("not a valid OTLP protobuf", message, StringComparison.Ordinal);

        using var badJson = await PostAsync(client, OtlpTestPayloads.Utf8("{\"resourceSpans\":[{"), "application/json");
        Assert.Equal(HttpStatusCode.BadRequest, badJson.StatusCode);
        using var status = JsonDocument.Parse(await badJson.Content.ReadAsStringAsync());
        Assert.Equal(3, status.RootElement.GetProperty("code").GetInt32());
        Assert.Contains("JSON", status.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);

        using var badGzip = await PostAsync(client, [1, 2, 3, 4], OtlpProtobuf, "gzip");
        Assert.Equal(HttpStatusCode.BadRequest, badGzip.StatusCode);

        using var text = await PostAsync(client, OtlpTestPayloads.Utf8("hello"), "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        Assert.Equal(0, server.Queue.AcceptedSpans);
    }

    [Theory]
    [InlineData("auditor", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    public async Task WrongCaller_Post_IsRefused(string? actor, HttpStatusCode expected)
    {
        await using var server = await fixture.StartAsync();
        using var response = await PostAsync(server.ClientFor(actor), OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(2, 0x5000, January2031)), OtlpProtobuf);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(0, server.Queue.AcceptedSpans);
    }

    [Fact]
    public async Task UnknownToken_Post_Returns401AndIngestTokenCannotRead()
    {
        await using var server = await fixture.StartAsync();
        using var client = server.ClientFor(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "vl_" + new string('a', 43));
        using var unknown = await PostAsync(client, OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(1, 0x5100, January2031)), OtlpProtobuf);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);

        using var read = await server.ClientFor(Collector).GetAsync(January2031Spend);
        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
    }

    [Fact]
    public async Task FullQueue_Post_Returns429WithRetryAfterAndTakesNothing()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await fixture.StartAsync(o => o with { OtlpQueueCapacity = 5, OtlpBeforeCommit = ct => gate.Task.WaitAsync(ct) });
        var client = server.ClientFor(Collector);

        using var first = await PostAsync(client, OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(3, 0x6000, January2031)), OtlpProtobuf);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(3, 0x6100, January2031));
        using var refused = await PostAsync(client, second, OtlpProtobuf);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal(8, ReadRpcStatus(await refused.Content.ReadAsByteArrayAsync()).Code);
        Assert.Equal(3, server.Queue.Pending);

        gate.SetResult();
        await server.WaitForCommitsAsync();
        using var retried = await PostAsync(client, second, OtlpProtobuf);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        await server.WaitForCommitsAsync();
        using var spend = await GetJsonAsync(server.ClientFor("admin"), January2031Spend);
        Assert.Equal(6, Assert.Single(spend.RootElement.GetProperty("rows").EnumerateArray()).GetProperty("telemetryRecords").GetInt64());
    }

    [Fact]
    public async Task LargePayload_Post_Returns413()
    {
        await using var server = await fixture.StartAsync(o => o with { OtlpMaxRequestBytes = 2048 });
        using var response = await PostAsync(server.ClientFor(Collector), OtlpTestPayloads.Utf8(OtlpTestPayloads.GenAiJson(40, 0x7000, January2031)), "application/json");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, server.Queue.AcceptedSpans);
    }

    [Fact]
    public async Task ExpiredToken_Post_Returns401()
    {
        // Two years on, every token of the fixture (90 days) has expired.
        await using var server = await fixture.StartAsync(o => o with { Time = new ShiftedTime(TimeSpan.FromDays(730)) });
        using var response = await PostAsync(server.ClientFor(Collector), OtlpTestPayloads.ToProtobuf(OtlpTestPayloads.GenAiJson(1, 0x5200, January2031)), OtlpProtobuf);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("expired", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    /// <summary>The system clock moved by a fixed amount.</summary>
    private sealed class ShiftedTime(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + by;
    }
}
