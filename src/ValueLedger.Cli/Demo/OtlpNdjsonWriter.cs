using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Writes requests as OTLP JSON trace exports, one ExportTraceServiceRequest per line (the OpenTelemetry
/// collector's file exporter layout), with <c>gen_ai.*</c> span attributes. Older spans use the
/// deprecated attribute names, as a fleet mid-upgrade does.
/// </summary>
internal sealed class OtlpNdjsonWriter : IDisposable
{
    private const int SpansPerLine = 40;
    private readonly Stream _stream;
    private readonly List<DemoRequest> _pending = [];
    private long _sequence;

    public OtlpNdjsonWriter(string path, long firstSequence)
    {
        _stream = File.Create(path);
        _sequence = firstSequence;
    }

    public long Rows { get; private set; }

    public void Write(in DemoRequest request)
    {
        _pending.Add(request);
        Rows++;
        if (_pending.Count == SpansPerLine)
        {
            Flush();
        }
    }

    public void Dispose()
    {
        Flush();
        _stream.Dispose();
    }

    private void Flush()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        using (var json = new Utf8JsonWriter(_stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("resourceSpans");
            json.WriteStartObject();
            json.WriteStartObject("resource");
            json.WriteStartArray("attributes");
            Attribute(json, "service.name", "agent-platform");
            Attribute(json, "deployment.environment", "prod");
            Attribute(json, "team", _pending[0].Workload.Team);
            Attribute(json, "project.id", "proj_" + _pending[0].Workload.Project.Replace('-', '_'));
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteStartArray("scopeSpans");
            json.WriteStartObject();
            json.WriteStartObject("scope");
            json.WriteString("name", "northwind.agents");
            json.WriteEndObject();
            json.WriteStartArray("spans");
            foreach (var request in _pending)
            {
                WriteSpan(json, request, _sequence++);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        _stream.WriteByte((byte)'\n');
        _pending.Clear();
    }

    private static void WriteSpan(Utf8JsonWriter json, in DemoRequest r, long sequence)
    {
        var deprecated = r.Start < new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        json.WriteStartObject();
        json.WriteString("traceId", string.Create(CultureInfo.InvariantCulture, $"{sequence / 4:x32}"));
        json.WriteString("spanId", string.Create(CultureInfo.InvariantCulture, $"{sequence:x16}"));
        json.WriteString("name", $"chat {r.Model}");
        json.WriteNumber("kind", 3);
        json.WriteString("startTimeUnixNano", Nanos(r.Start));
        json.WriteString("endTimeUnixNano", Nanos(r.Start.AddMilliseconds(r.DurationMs)));
        json.WriteStartArray("attributes");
        Attribute(json, deprecated ? "gen_ai.system" : "gen_ai.provider.name", "openai");
        Attribute(json, "gen_ai.operation.name", "chat");
        Attribute(json, "gen_ai.request.model", r.Model);
        Attribute(json, "gen_ai.response.model", r.Model == "gpt-4o" ? "gpt-4o-2024-08-06" : r.Model == "gpt-4o-mini" ? "gpt-4o-mini-2024-07-18" : r.Model);
        IntAttribute(json, deprecated ? "gen_ai.usage.prompt_tokens" : "gen_ai.usage.input_tokens", r.InputTokens);
        IntAttribute(json, deprecated ? "gen_ai.usage.completion_tokens" : "gen_ai.usage.output_tokens", r.OutputTokens);
        if (!deprecated && r.CachedTokens > 0)
        {
            IntAttribute(json, "gen_ai.usage.cache_read.input_tokens", r.CachedTokens);
        }

        if (r.Workload.AgentId is { } agent)
        {
            Attribute(json, "gen_ai.agent.id", agent);
            Attribute(json, "gen_ai.agent.name", "IT helpdesk agent");
        }

        Attribute(json, "gen_ai.conversation.id", string.Create(CultureInfo.InvariantCulture, $"conv-{sequence / 4:x8}"));
        json.WriteEndArray();
        json.WriteStartObject("status");
        json.WriteNumber("code", r.Failed ? 2 : 1);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Attribute(Utf8JsonWriter json, string key, string value)
    {
        json.WriteStartObject();
        json.WriteString("key", key);
        json.WriteStartObject("value");
        json.WriteString("stringValue", value);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void IntAttribute(Utf8JsonWriter json, string key, long value)
    {
        json.WriteStartObject();
        json.WriteString("key", key);
        json.WriteStartObject("value");
        json.WriteString("intValue", value.ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string Nanos(DateTime t) =>
        ((t - DateTime.UnixEpoch).Ticks * 100).ToString(CultureInfo.InvariantCulture);
}
