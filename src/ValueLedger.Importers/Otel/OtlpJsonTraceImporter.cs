using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Otel;

/// <summary>
/// Reads OpenTelemetry traces in OTLP JSON — one <c>ExportTraceServiceRequest</c> document, or the
/// collector file exporter's NDJSON (one document per line) — and turns each GenAI span into a
/// usage-telemetry record (see <see cref="GenAiAttributes"/>). Other spans are skipped. Records carry
/// no cost: there is no standard cost attribute, so the pipeline prices them from the price book.
/// </summary>
public sealed class OtlpJsonTraceImporter : ISpendImporter
{
    /// <summary>
    /// Largest single document read whole (NDJSON lines are documents too). Bigger exports should be
    /// written as NDJSON, which is read one line at a time.
    /// </summary>
    public const int MaxDocumentBytes = 256 * 1024 * 1024;

    public string Format => "otlp-json";

    public string Description => "OpenTelemetry GenAI spans as OTLP JSON (one document or collector NDJSON)";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var trimmed = head.TrimStart("\uFEFF"u8).TrimStart(" \t\r\n"u8);
        if (trimmed.IsEmpty || trimmed[0] != '{')
        {
            return FormatDetection.No;
        }

        return trimmed.IndexOf("\"resourceSpans\""u8) >= 0 || trimmed.IndexOf("\"resource_spans\""u8) >= 0
            ? FormatDetection.Certain("OTLP JSON resourceSpans")
            : FormatDetection.No;
    }

    public async Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();

        var mapper = new OtlpTraceMapper(context);
        using var documents = new JsonValueStreamReader(input, unwrapRootArray: false, MaxDocumentBytes);
        bool OnDocument(ref Utf8JsonReader value, long line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var document = JsonDocument.ParseValue(ref value);
            return mapper.ReadDocument(document.RootElement, line, sink);
        }

        var result = await documents.ReadAsync(OnDocument, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        var problem = result.Outcome switch
        {
            JsonValueStreamReader.Outcome.Empty => "the input is empty",
            JsonValueStreamReader.Outcome.Completed when mapper.GenAiSpans == 0 =>
                $"no GenAI spans among {mapper.Spans} span(s): spans need gen_ai.operation.name or gen_ai.usage.* attributes",
            JsonValueStreamReader.Outcome.TooLarge =>
                $"a single OTLP JSON document is larger than {MaxDocumentBytes / (1024 * 1024)} MB: export the traces as NDJSON (one document per line, as the collector's file exporter writes them)",
            JsonValueStreamReader.Outcome.Truncated => $"the JSON is cut short ({result.Message})",
            JsonValueStreamReader.Outcome.Malformed or JsonValueStreamReader.Outcome.TrailingContent => $"not valid JSON ({result.Message})",
            _ => null,
        };
        if (problem is not null)
        {
            sink.Reject(new RowError(result.Outcome == JsonValueStreamReader.Outcome.Empty ? 0 : result.Line, null, problem, IsFatal: true));
        }
    }

    /// <summary>
    /// Reads one in-memory <c>ExportTraceServiceRequest</c> JSON payload (an OTLP/HTTP JSON request
    /// body) into <paramref name="sink"/>. Spans without GenAI attributes are skipped silently;
    /// malformed JSON is one fatal error.
    /// </summary>
    /// <returns>False when the sink said stop (or the payload was not usable).</returns>
    public static bool ReadDocument(ReadOnlySpan<byte> json, ImportContext context, IRecordSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var mapper = new OtlpTraceMapper(context);
        JsonDocument document;
        try
        {
            var reader = new Utf8JsonReader(json);
            document = JsonDocument.ParseValue(ref reader);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            sink.Reject(new RowError(json.IsEmpty ? 0 : line, null, json.IsEmpty ? "the payload is empty" : $"not valid JSON ({ex.Message})", IsFatal: true));
            return false;
        }

        using (document)
        {
            return mapper.ReadDocument(document.RootElement, 1, sink);
        }
    }

    /// <summary>
    /// Reads one <c>ExportTraceServiceRequest</c> JSON payload from <paramref name="payload"/> (read
    /// whole, up to <see cref="MaxDocumentBytes"/>) into <paramref name="sink"/>.
    /// </summary>
    /// <returns>False when the sink said stop (or the payload was not usable).</returns>
    public static async Task<bool> ReadDocumentAsync(Stream payload, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(sink);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await payload.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                sink.Reject(new RowError(0, null, $"the payload is larger than {MaxDocumentBytes / (1024 * 1024)} MB", IsFatal: true));
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        return ReadDocument(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), context, sink);
    }
}
