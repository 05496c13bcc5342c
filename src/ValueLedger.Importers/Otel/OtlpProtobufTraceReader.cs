using Google.Protobuf;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Otel;

/// <summary>
/// Reads an OTLP/HTTP protobuf <c>ExportTraceServiceRequest</c> (opentelemetry/proto/collector/trace/v1) by walking
/// its wire format with <see cref="CodedInputStream"/>: only the fields the ledger needs are decoded (resource
/// attributes; per span: trace and span id, start and end, attributes, status code), the rest is skipped. Each span
/// goes through the same mapping as OTLP JSON (<see cref="OtlpTraceMapper"/>), so both encodings give equal records.
/// </summary>
public static class OtlpProtobufTraceReader
{
    /// <summary>
    /// Reads one request body (<paramref name="payload"/>[0..<paramref name="length"/>)) into <paramref name="sink"/>.
    /// Spans without GenAI attributes are skipped silently; bytes that are not a valid protobuf message are one
    /// fatal error. An empty body is a valid, empty request.
    /// </summary>
    /// <returns>False when the sink said stop (or the payload was not usable).</returns>
    public static bool ReadRequest(byte[] payload, int length, ImportContext context, IRecordSink sink)
    {
        ArgumentNullException.ThrowIfNull(payload);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, payload.Length);
        var mapper = new OtlpTraceMapper(context);
        try
        {
            return new OtlpProtobufWalker(payload, mapper, sink).ReadRequest(new CodedInputStream(payload, 0, length));
        }
        catch (InvalidProtocolBufferException ex)
        {
            sink.Reject(new RowError(0, null, $"not a valid OTLP protobuf ExportTraceServiceRequest ({ex.Message})", IsFatal: true));
            return false;
        }
    }
}
