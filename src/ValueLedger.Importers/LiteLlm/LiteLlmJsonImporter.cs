using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.LiteLlm;

/// <summary>
/// Reads LiteLLM spend logs exported as JSON: one array of row objects (streamed element by element)
/// or NDJSON (one row object per line). Rows map exactly as in <see cref="LiteLlmCsvImporter"/>;
/// JSON-valued properties (metadata, request_tags) may be objects / arrays or strings holding JSON.
/// </summary>
public sealed class LiteLlmJsonImporter : ISpendImporter
{
    /// <summary>Largest row object accepted: rows can carry whole messages and responses.</summary>
    private const int MaxRowBytes = 64 * 1024 * 1024;

    private const int CancellationStride = 4096;

    public string Format => "litellm-json";

    public string Description => "LiteLLM proxy spend logs (LiteLLM_SpendLogs) as a JSON array or NDJSON";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName) => LiteLlmDetection.DetectJson(head);

    public async Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();

        var mapper = new LiteLlmRecordMapper(context);
        var fields = new string?[Enum.GetValues<LiteLlmField>().Length];
        using var values = new JsonValueStreamReader(input, unwrapRootArray: true, MaxRowBytes);
        long ordinal = 0;
        var fatal = false;

        bool OnRow(ref Utf8JsonReader value, long line)
        {
            if (++ordinal % CancellationStride == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sourceLine = values.InRootArray ? ordinal : line;
            if (value.TokenType != JsonTokenType.StartObject)
            {
                return sink.Reject(new RowError(line, null, $"record {ordinal} is not a JSON object"));
            }

            using var document = JsonDocument.ParseValue(ref value);
            Array.Clear(fields);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (LiteLlmColumns.FieldOf(LiteLlmColumns.Normalize(property.Name)) is { } field && fields[(int)field] is null)
                {
                    fields[(int)field] = Text(property.Value);
                }
            }

            if (ordinal == 1 && fields[(int)LiteLlmField.RequestId] is null && fields[(int)LiteLlmField.StartTime] is null)
            {
                fatal = true;
                sink.Reject(new RowError(line, null, "not LiteLLM spend logs: the first record has neither request_id nor startTime", IsFatal: true));
                return false;
            }

            var record = mapper.Map(Row(fields, line, sourceLine), out var error);
            if (record is null)
            {
                return sink.Reject(error!);
            }

            sink.Accept(record);
            return true;
        }

        var result = await values.ReadAsync(OnRow, cancellationToken).ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
        if (fatal || result.Outcome == JsonValueStreamReader.Outcome.Stopped)
        {
            return;
        }

        var problem = result.Outcome switch
        {
            JsonValueStreamReader.Outcome.Empty => "the input is empty",
            JsonValueStreamReader.Outcome.Completed when ordinal == 0 => "the JSON holds no spend-log rows",
            JsonValueStreamReader.Outcome.Completed => null,
            JsonValueStreamReader.Outcome.Truncated => $"the JSON is cut short ({result.Message})",
            _ => $"not valid JSON ({result.Message})",
        };
        if (problem is not null)
        {
            sink.Reject(new RowError(result.Outcome == JsonValueStreamReader.Outcome.Empty ? 0 : result.Line, null, problem, IsFatal: true));
        }
    }

    private static LiteLlmRow Row(string?[] f, long line, long sourceLine) => new()
    {
        Line = line,
        SourceLine = sourceLine,
        RequestId = f[(int)LiteLlmField.RequestId],
        CallType = f[(int)LiteLlmField.CallType],
        ApiKey = f[(int)LiteLlmField.ApiKey],
        Spend = f[(int)LiteLlmField.Spend],
        PromptTokens = f[(int)LiteLlmField.PromptTokens],
        CompletionTokens = f[(int)LiteLlmField.CompletionTokens],
        StartTime = f[(int)LiteLlmField.StartTime],
        EndTime = f[(int)LiteLlmField.EndTime],
        Model = f[(int)LiteLlmField.Model],
        ModelGroup = f[(int)LiteLlmField.ModelGroup],
        CustomLlmProvider = f[(int)LiteLlmField.CustomLlmProvider],
        User = f[(int)LiteLlmField.User],
        TeamId = f[(int)LiteLlmField.TeamId],
        OrganizationId = f[(int)LiteLlmField.OrganizationId],
        EndUser = f[(int)LiteLlmField.EndUser],
        RequestTags = f[(int)LiteLlmField.RequestTags],
        Metadata = f[(int)LiteLlmField.Metadata],
        CacheHit = f[(int)LiteLlmField.CacheHit],
        Status = f[(int)LiteLlmField.Status],
        SessionId = f[(int)LiteLlmField.SessionId],
        AgentId = f[(int)LiteLlmField.AgentId],
    };

    /// <summary>A property as the text the CSV would hold: strings unquoted, the rest as raw JSON.</summary>
    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };
}
