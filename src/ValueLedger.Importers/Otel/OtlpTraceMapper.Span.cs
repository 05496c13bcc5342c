using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.Otel;

/// <summary>One span to one record.</summary>
internal sealed partial class OtlpTraceMapper
{
    /// <summary>OTLP <c>Status.code</c> for an error.</summary>
    public const int StatusCodeError = 2;

    /// <summary>
    /// Counts one span and hands its record (GenAI spans) or its error to <paramref name="sink"/>; other spans are
    /// skipped. The one path from a decoded span to a record, for JSON and protobuf alike.
    /// </summary>
    /// <returns>False when the sink says stop.</returns>
    public bool Emit(OtlpSpan span, OtlpSpanAttributes resource, long line, IRecordSink sink)
    {
        ArgumentNullException.ThrowIfNull(span);
        ArgumentNullException.ThrowIfNull(sink);
        Spans++;
        var record = MapSpan(span, resource, line, out var error);
        if (error is not null && !sink.Reject(error))
        {
            return false;
        }

        if (record is not null)
        {
            sink.Accept(record);
        }

        return true;
    }

    /// <summary>
    /// The record for a GenAI span (one with <c>gen_ai.operation.name</c> or a <c>gen_ai.usage.*</c>
    /// attribute); null without error for any other span, which is skipped.
    /// </summary>
    private SpendRecord? MapSpan(OtlpSpan span, OtlpSpanAttributes resource, long line, out RowError? error)
    {
        error = null;
        var a = span.Attributes;
        if (!a.IsGenAi)
        {
            return null;
        }

        GenAiSpans++;
        var ordinal = GenAiSpans;
        var traceId = span.TraceId;
        var spanId = span.SpanId;
        var where = $"GenAI span {ordinal} ({traceId ?? "?"}:{spanId ?? "?"})";
        if (string.IsNullOrWhiteSpace(traceId) || string.IsNullOrWhiteSpace(spanId))
        {
            error = new RowError(line, string.IsNullOrWhiteSpace(traceId) ? "traceId" : "spanId", $"{where} has no trace or span id");
            return null;
        }

        if (a.Problem is { } problem)
        {
            error = new RowError(line, problem.Key, $"{where}: {problem.Reason}", RowError.Excerpt(problem.Raw));
            return null;
        }

        if (span.Start is not { } start)
        {
            error = new RowError(line, "startTimeUnixNano", $"{where} has no valid startTimeUnixNano");
            return null;
        }

        // Half-open [start, end): a span without a usable end (missing, or not after its start) is
        // given one second so that its period is not empty, as for LiteLLM rows.
        var end = span.End is { } e && e > start ? e : start.AddSeconds(1);
        var input = a.Input ?? a.LegacyInput;
        var cacheRead = a.CacheRead;
        var cacheCreation = a.CacheCreation;

        // gen_ai.usage.input_tokens includes cached tokens; the ledger's InputTokens are the uncached rest.
        long? uncached = input is { } i ? Math.Max(0, i - (cacheRead ?? 0) - (cacheCreation ?? 0)) : null;
        var person = a.Person ?? resource.Person;
        Records++;
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = $"{traceId}:{spanId}",
            SourceLine = ordinal,
            Provider = ProviderNames.Canonicalize(a.Provider ?? a.LegacyProvider ?? resource.Provider ?? resource.LegacyProvider),
            Model = NullIfBlank(a.ResponseModel) ?? NullIfBlank(a.RequestModel),
            ChargePeriodStart = start,
            ChargePeriodEnd = end,
            Requests = 1,
            InputTokens = uncached,
            CachedReadTokens = cacheRead,
            CacheWriteTokens = cacheCreation,
            OutputTokens = a.Output ?? a.LegacyOutput,
            ReasoningTokens = a.Reasoning,

            // No standard cost attribute exists: the pipeline prices these records from the price book.
            Cost = null,
            Currency = "USD",
            Tags = Tags(a, resource),
            Team = a.Team ?? resource.Team,
            SubAccountId = a.Project ?? resource.Project,
            EndUserHash = person is null ? null : _hashes.Get(person),
            AgentId = NullIfBlank(a.AgentId) ?? NullIfBlank(a.AgentName),
            Succeeded = !(a.HasErrorType || span.StatusError),
            AiScope = true,
        };
    }

    /// <summary>
    /// Resource attributes, then the span's own (a span attribute replaces a resource one of the same
    /// key), then the GenAI attributes worth filtering on: operation, agent name, conversation.
    /// </summary>
    private static List<Tag> Tags(OtlpSpanAttributes span, OtlpSpanAttributes resource)
    {
        var tags = new List<Tag>(resource.Tags.Count + span.Tags.Count + 3);
        tags.AddRange(resource.Tags);
        foreach (var tag in span.Tags)
        {
            var at = tags.FindIndex(t => t.Key == tag.Key);
            if (at >= 0)
            {
                tags[at] = tag;
            }
            else
            {
                tags.Add(tag);
            }
        }

        AddIfPresent(tags, GenAiAttributes.OperationName, span.Operation);
        AddIfPresent(tags, GenAiAttributes.AgentName, span.AgentName);
        AddIfPresent(tags, GenAiAttributes.ConversationId, span.ConversationId);
        return tags;
    }

    private static void AddIfPresent(List<Tag> tags, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value) && value.Length <= OtlpSpanAttributes.MaxTagValueLength)
        {
            tags.Add(new Tag(key, value));
        }
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
