using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Net.Http.Headers;
using ValueLedger.Importers.Otel;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// <c>POST /v1/traces</c>: the OTLP/HTTP trace receiver. Takes <c>ExportTraceServiceRequest</c>s as protobuf
/// (<c>application/x-protobuf</c>) or JSON (<c>application/json</c>), optionally gzipped, from a bearer API token whose
/// actor holds admin, finance or ingest (never the session cookie). GenAI spans become usage records through the OTLP
/// importer's mapping; other spans are ignored. Records are queued and committed in batches by
/// <see cref="OtlpBatchWriter"/>; a full queue answers 429 with Retry-After and takes nothing.
/// </summary>
internal static class OtlpEndpoints
{
    public const string Path = "/v1/traces";

    public static void AddOtlpReceiver(this IServiceCollection services)
    {
        services.AddSingleton(s => new OtlpIngestQueue(s.GetRequiredService<LedgerAccess>().Options));
        services.AddSingleton(s => new OtlpImportSetup(s.GetRequiredService<LedgerAccess>()));
        services.AddHostedService<OtlpBatchWriter>();

        // Stopping waits for the writer to commit what was accepted (a full queue is a few batches): give it a minute
        // rather than the host's default 30 s, after which an uncommitted batch would be abandoned (and logged).
        services.Configure<HostOptions>(o => o.ShutdownTimeout = o.ShutdownTimeout < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : o.ShutdownTimeout);
    }

    public static void Map(WebApplication app)
    {
        app.MapPost(Path, ReceiveAsync)
            .RequireAuthorization(new AuthorizeAttribute { Policy = Policies.Ingest, AuthenticationSchemes = ApiTokenHandler.SchemeName })
            .ExcludeFromDescription();
    }

    private static async Task ReceiveAsync(HttpContext context, OtlpIngestQueue queue, OtlpImportSetup setup, LedgerAccess ledger)
    {
        var request = context.Request;
        var mediaType = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value?.ToLowerInvariant() : null;
        var protobuf = mediaType is OtlpResponses.Protobuf or "application/protobuf";
        if (!protobuf && mediaType != OtlpResponses.Json)
        {
            await OtlpResponses.StatusAsync(context, false, StatusCodes.Status415UnsupportedMediaType, OtlpResponses.InvalidArgument,
                $"Content-Type must be {OtlpResponses.Protobuf} or {OtlpResponses.Json}").ConfigureAwait(false);
            return;
        }

        var encoding = request.Headers.ContentEncoding.ToString().Trim().ToLowerInvariant();
        if (encoding is not ("" or "identity" or "gzip"))
        {
            await OtlpResponses.StatusAsync(context, protobuf, StatusCodes.Status415UnsupportedMediaType, OtlpResponses.InvalidArgument,
                "Content-Encoding must be gzip or none").ConfigureAwait(false);
            return;
        }

        var options = ledger.Options;
        OtlpRequestBody? body;
        try
        {
            body = await OtlpRequestBody.ReadAsync(request, encoding == "gzip", options.OtlpMaxRequestBytes, context.RequestAborted).ConfigureAwait(false);
        }
        catch (InvalidDataException ex)
        {
            await OtlpResponses.StatusAsync(context, protobuf, StatusCodes.Status400BadRequest, OtlpResponses.InvalidArgument, $"the gzip body cannot be read: {ex.Message}").ConfigureAwait(false);
            return;
        }

        if (body is null)
        {
            await OtlpResponses.StatusAsync(context, protobuf, StatusCodes.Status413PayloadTooLarge, OtlpResponses.InvalidArgument,
                $"the request is larger than {options.OtlpMaxRequestBytes} bytes; send smaller batches").ConfigureAwait(false);
            return;
        }

        var sink = new OtlpRequestSink();
        using (body)
        {
            var importContext = setup.Context(Path);
            if (protobuf)
            {
                OtlpProtobufTraceReader.ReadRequest(body.Buffer, body.Length, importContext, sink);
            }
            else
            {
                OtlpJsonTraceImporter.ReadDocument(body.Span, importContext, sink);
            }
        }

        if (sink.Fatal is { } fatal)
        {
            await OtlpResponses.StatusAsync(context, protobuf, StatusCodes.Status400BadRequest, OtlpResponses.InvalidArgument, fatal).ConfigureAwait(false);
            return;
        }

        var retryAfter = (int)Math.Max(1, Math.Ceiling(options.OtlpFlushInterval.TotalSeconds));
        switch (sink.Records.Count == 0 ? OtlpEnqueueResult.Accepted : queue.TryEnqueue(context.User.Identity?.Name ?? "unknown", sink.Records))
        {
            case OtlpEnqueueResult.Full:
                await OtlpResponses.StatusAsync(context, protobuf, StatusCodes.Status429TooManyRequests, OtlpResponses.ResourceExhausted,
                    $"the receiver's queue is full ({queue.Pending} of {queue.Capacity} records waiting to be committed); retry later", retryAfter).ConfigureAwait(false);
                return;
            case OtlpEnqueueResult.Closed:
                await OtlpResponses.StatusAsync(context, protobuf, StatusCodes.Status503ServiceUnavailable, OtlpResponses.Unavailable,
                    "the server is stopping; retry later", retryAfter).ConfigureAwait(false);
                return;
            default:
                var message = sink.RejectedSpans == 0 ? null : $"{sink.RejectedSpans} GenAI span(s) could not be read and were not recorded; first: {sink.FirstRejection}";
                await OtlpResponses.SuccessAsync(context, protobuf, sink.RejectedSpans, message).ConfigureAwait(false);
                return;
        }
    }
}
