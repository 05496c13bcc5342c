using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>
/// Turns one LiteLLM spend-log row into a usage-telemetry <see cref="SpendRecord"/>, shared by the
/// CSV and JSON importers. Built for millions of rows: repeated values (models, teams, keys, tags)
/// become one shared string each, providers are canonicalised and end users hashed once per distinct
/// value, and the JSON columns are parsed only when they can hold something we keep.
/// </summary>
internal sealed partial class LiteLlmRecordMapper
{
    /// <summary>Longest request id accepted; longer is junk, not an id worth storing as a key.</summary>
    private const int MaxRequestIdLength = 256;

    private readonly SharedStrings _strings = new();
    private readonly SpanKeyedCache<string> _providers = new(ProviderNames.Canonicalize, maxEntries: 1024);
    private readonly SpanKeyedCache<string?> _hashes;

    public LiteLlmRecordMapper(ImportContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _hashes = new SpanKeyedCache<string?>(context.Hasher.Hash, maxEntries: 65_536);
    }

    /// <summary>The record for <paramref name="row"/>, or null with the reason in <paramref name="error"/>.</summary>
    public SpendRecord? Map(scoped in LiteLlmRow row, out RowError? error)
    {
        error = null;
        var requestId = Clean(row.RequestId);
        if (requestId.IsEmpty)
        {
            error = Fail(row, "request_id", "request_id is empty", requestId);
            return null;
        }

        if (requestId.Length > MaxRequestIdLength)
        {
            error = Fail(row, "request_id", $"request_id is longer than {MaxRequestIdLength} characters", requestId);
            return null;
        }

        var startText = Clean(row.StartTime);
        if (!FastTimestamps.TryParseUtc(startText, out var start))
        {
            error = Fail(row, "startTime", startText.IsEmpty ? "startTime is empty" : "startTime is not a timestamp", startText);
            return null;
        }

        var endText = Clean(row.EndTime);
        var end = default(DateTime);
        if (!endText.IsEmpty && !FastTimestamps.TryParseUtc(endText, out end))
        {
            error = Fail(row, "endTime", "endTime is not a timestamp", endText);
            return null;
        }

        // The period is half-open [start, end). A request logged without an end, or with an end not
        // after its start (clock skew, cache hits logged at one instant), still happened: it is
        // given one second so that its period is not empty.
        if (end <= start)
        {
            end = start.AddSeconds(1);
        }

        decimal? cost = null;
        var spendText = Clean(row.Spend);
        if (!spendText.IsEmpty)
        {
            // LiteLLM writes spend as a float in USD, often with an exponent (1.2e-05).
            if (!Values.TryParseDecimal(spendText, out var spend))
            {
                error = Fail(row, "spend", "spend is not a number", spendText);
                return null;
            }

            cost = spend;
        }

        if (!TryCount(row, row.PromptTokens, "prompt_tokens", out var promptTokens, out error)
            || !TryCount(row, row.CompletionTokens, "completion_tokens", out var completionTokens, out error))
        {
            return null;
        }

        var (provider, model) = ProviderAndModel(Clean(row.Model), Clean(row.ModelGroup), Clean(row.CustomLlmProvider));

        var teamText = Clean(row.TeamId);
        string? project = null;
        string? teamAlias = null;
        var metadata = Clean(row.Metadata);
        if (MetadataMayHold(metadata, wantTeamAlias: teamText.IsEmpty)
            && !TryReadMetadata(metadata, teamText.IsEmpty, out project, out teamAlias, out var metadataProblem))
        {
            error = Fail(row, "metadata", metadataProblem!, metadata);
            return null;
        }

        List<Tag>? tags = null;
        var requestTags = Clean(row.RequestTags);
        if (!IsEmptyJson(requestTags) && !TryAddRequestTags(requestTags, ref tags, out var tagsProblem))
        {
            error = Fail(row, "request_tags", tagsProblem!, requestTags);
            return null;
        }

        AddColumnTags(row, ref tags);

        var person = Clean(row.EndUser);
        if (person.IsEmpty)
        {
            person = Clean(row.User);
        }

        var apiKey = Clean(row.ApiKey);
        var agent = Clean(row.AgentId);
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = requestId.ToString(),
            SourceLine = row.SourceLine,
            Provider = provider,
            Model = model,
            ChargePeriodStart = start,
            ChargePeriodEnd = end,
            Requests = 1,

            // LiteLLM's prompt_tokens include any cached prompt tokens: these columns do not split
            // them out, so all prompt tokens count as input here.
            InputTokens = promptTokens,
            OutputTokens = completionTokens,
            Cost = cost,
            CostMeasure = cost is null ? null : CostMeasures.SourceEstimate,
            Currency = "USD",
            Tags = tags is null ? [] : tags,
            ApiKeyId = apiKey.IsEmpty ? null : _strings.Get(apiKey),
            Team = teamText.IsEmpty ? teamAlias : _strings.Get(teamText),
            SubAccountId = project,
            EndUserHash = person.IsEmpty ? null : _hashes.Get(person),
            AgentId = agent.IsEmpty ? null : _strings.Get(agent),
            Succeeded = Succeeded(Clean(row.Status)),
            AiScope = true,
        };
    }
}
