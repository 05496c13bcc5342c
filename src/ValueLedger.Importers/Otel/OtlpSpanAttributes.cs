using System.Text.Json;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Otel;

/// <summary>What one attribute list (a span's or a resource's) says, collected in one pass.</summary>
internal sealed class OtlpSpanAttributes
{
    /// <summary>Attribute values longer than this (prompts, stack traces) are not kept as tags.</summary>
    public const int MaxTagValueLength = 1024;

    public bool IsGenAi { get; private set; }
    public string? Provider { get; private set; }
    public string? LegacyProvider { get; private set; }
    public string? Operation { get; private set; }
    public string? RequestModel { get; private set; }
    public string? ResponseModel { get; private set; }
    public long? Input { get; private set; }
    public long? LegacyInput { get; private set; }
    public long? Output { get; private set; }
    public long? LegacyOutput { get; private set; }
    public long? CacheRead { get; private set; }
    public long? CacheCreation { get; private set; }
    public long? Reasoning { get; private set; }
    public string? AgentId { get; private set; }
    public string? AgentName { get; private set; }
    public string? ConversationId { get; private set; }
    public bool HasErrorType { get; private set; }
    public string? Team { get; private set; }
    public string? Project { get; private set; }
    public string? Person { get; private set; }

    /// <summary>Attributes kept as tags: everything but gen_ai.* and person identifiers.</summary>
    public List<Tag> Tags { get; } = [];

    /// <summary>The attribute whose value could not be read, and why; null when all were fine.</summary>
    public (string Key, string Reason, string? Raw)? Problem { get; private set; }

    private int _teamRank = int.MaxValue;
    private int _projectRank = int.MaxValue;
    private int _personRank = int.MaxValue;

    /// <summary>Collects <paramref name="attributes"/> (an OTLP JSON <c>KeyValue</c> array; anything else is ignored).</summary>
    public static OtlpSpanAttributes Read(JsonElement attributes)
    {
        var result = new OtlpSpanAttributes();
        if (attributes.ValueKind != JsonValueKind.Array)
        {
            return result;
        }

        foreach (var attribute in attributes.EnumerateArray())
        {
            if (attribute.ValueKind != JsonValueKind.Object
                || !attribute.TryGetProperty("key", out var keyElement) || keyElement.ValueKind != JsonValueKind.String)
            {
                continue;
            }

            var value = attribute.TryGetProperty("value", out var v) ? v : default;
            result.Add(keyElement.GetString()!, value.ValueKind == JsonValueKind.Undefined ? null : OtlpAnyValue.Text(value));
        }

        return result;
    }

    /// <summary>
    /// Takes one attribute, whatever its encoding: <paramref name="text"/> is the value as text (strings as they are,
    /// numbers as spelt, booleans true/false, lists as JSON), null when it has none.
    /// </summary>
    public void Add(string key, string? text)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith(GenAiAttributes.Prefix, StringComparison.Ordinal))
        {
            ReadGenAi(key, text);
            return;
        }

        if (GenAiAttributes.IsPerson(key))
        {
            Prefer(ref _personRank, Array.IndexOf(GenAiAttributes.Person, key), text, s => Person = s);
            return;
        }

        if (key == GenAiAttributes.ErrorType)
        {
            HasErrorType = !string.IsNullOrEmpty(text);
        }

        Prefer(ref _teamRank, Array.IndexOf(GenAiAttributes.Team, key), text, s => Team = s);
        Prefer(ref _projectRank, Array.IndexOf(GenAiAttributes.Project, key), text, s => Project = s);
        if (text is null || text.Length <= MaxTagValueLength)
        {
            Tags.Add(new Tag(key, text));
        }
    }

    /// <summary>Takes <paramref name="text"/> when its key ranks before the one taken so far.</summary>
    private static void Prefer(ref int taken, int rank, string? text, Action<string> set)
    {
        if (rank >= 0 && rank < taken && !string.IsNullOrWhiteSpace(text))
        {
            taken = rank;
            set(text);
        }
    }

    private void ReadGenAi(string key, string? text)
    {
        if (key.StartsWith(GenAiAttributes.UsagePrefix, StringComparison.Ordinal))
        {
            IsGenAi = true;
            long? count = null;
            if (key is GenAiAttributes.InputTokens or GenAiAttributes.PromptTokens or GenAiAttributes.OutputTokens
                or GenAiAttributes.CompletionTokens or GenAiAttributes.CacheReadInputTokens
                or GenAiAttributes.CacheCreationInputTokens or GenAiAttributes.ReasoningOutputTokens)
            {
                if (text is null || !Values.TryParseCount(text, out var parsed) || parsed < 0)
                {
                    Problem ??= (key, $"{key} is not a whole non-negative number", text);
                    return;
                }

                count = parsed;
            }

            switch (key)
            {
                case GenAiAttributes.InputTokens: Input = count; break;
                case GenAiAttributes.PromptTokens: LegacyInput = count; break;
                case GenAiAttributes.OutputTokens: Output = count; break;
                case GenAiAttributes.CompletionTokens: LegacyOutput = count; break;
                case GenAiAttributes.CacheReadInputTokens: CacheRead = count; break;
                case GenAiAttributes.CacheCreationInputTokens: CacheCreation = count; break;
                case GenAiAttributes.ReasoningOutputTokens: Reasoning = count; break;
                default: break;
            }

            return;
        }

        switch (key)
        {
            case GenAiAttributes.OperationName: Operation = text; IsGenAi = true; break;
            case GenAiAttributes.ProviderName: Provider = text; break;
            case GenAiAttributes.System: LegacyProvider = text; break;
            case GenAiAttributes.RequestModel: RequestModel = text; break;
            case GenAiAttributes.ResponseModel: ResponseModel = text; break;
            case GenAiAttributes.AgentId: AgentId = text; break;
            case GenAiAttributes.AgentName: AgentName = text; break;
            case GenAiAttributes.ConversationId: ConversationId = text; break;
            default: break;
        }
    }
}
