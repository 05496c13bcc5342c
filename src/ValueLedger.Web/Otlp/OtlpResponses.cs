using System.Globalization;
using System.Text.Json;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// OTLP/HTTP response bodies in the request's encoding: <c>ExportTraceServiceResponse</c> on success (with
/// <c>partialSuccess</c> when spans were rejected), and <c>google.rpc.Status</c> on failure, as protobuf for protobuf
/// requests and as JSON (<c>{"code":3,"message":"…"}</c>) for JSON ones.
/// </summary>
internal static class OtlpResponses
{
    public const string Protobuf = "application/x-protobuf";
    public const string Json = "application/json";

    /// <summary>google.rpc.Code values used in Status bodies.</summary>
    public const int InvalidArgument = 3;
    public const int ResourceExhausted = 8;
    public const int Unavailable = 14;

    /// <summary>200: everything was accepted, or all but <paramref name="rejectedSpans"/> GenAI spans.</summary>
    public static Task SuccessAsync(HttpContext context, bool protobuf, long rejectedSpans, string? errorMessage)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = StatusCodes.Status200OK;
        if (protobuf)
        {
            var body = rejectedSpans == 0 ? [] : Message(o =>
            {
                o.WriteTag(1, WireFormat.WireType.LengthDelimited);
                o.WriteBytes(ByteString.CopyFrom(Message(p =>
                {
                    p.WriteTag(1, WireFormat.WireType.Varint);
                    p.WriteInt64(rejectedSpans);
                    p.WriteTag(2, WireFormat.WireType.LengthDelimited);
                    p.WriteString(errorMessage ?? string.Empty);
                })));
            });
            return WriteAsync(context, Protobuf, body);
        }

        // proto3 JSON writes int64 as a string.
        var json = rejectedSpans == 0
            ? "{}"
            : JsonSerializer.Serialize(new { partialSuccess = new { rejectedSpans = rejectedSpans.ToString(CultureInfo.InvariantCulture), errorMessage = errorMessage ?? string.Empty } });
        return WriteAsync(context, Json, System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>A failure with a <c>google.rpc.Status</c> body; <paramref name="retryAfterSeconds"/> adds Retry-After (429, 503).</summary>
    public static Task StatusAsync(HttpContext context, bool protobuf, int httpStatus, int rpcCode, string message, int? retryAfterSeconds = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = httpStatus;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        if (protobuf)
        {
            return WriteAsync(context, Protobuf, Message(o =>
            {
                o.WriteTag(1, WireFormat.WireType.Varint);
                o.WriteInt32(rpcCode);
                o.WriteTag(2, WireFormat.WireType.LengthDelimited);
                o.WriteString(message);
            }));
        }

        return WriteAsync(context, Json, JsonSerializer.SerializeToUtf8Bytes(new { code = rpcCode, message }));
    }

    private static Task WriteAsync(HttpContext context, string contentType, byte[] body)
    {
        context.Response.ContentType = contentType;
        context.Response.ContentLength = body.Length;
        return context.Response.Body.WriteAsync(body, context.RequestAborted).AsTask();
    }

    private static byte[] Message(Action<CodedOutputStream> write)
    {
        using var buffer = new MemoryStream();
        using (var output = new CodedOutputStream(buffer, leaveOpen: true))
        {
            write(output);
        }

        return buffer.ToArray();
    }
}
