using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.ApiPages;

namespace ValueLedger.Importers.Anthropic;

/// <summary>
/// Anthropic Admin API messages usage report (<c>/v1/organizations/usage_report/messages</c>): time
/// buckets with RFC 3339 bounds, one usage-telemetry record per result, priced later from the price book.
/// Unlike OpenAI, input here EXCLUDES cached tokens: <c>uncached_input_tokens</c> is the input.
/// </summary>
public sealed class AnthropicUsageImporter : ISpendImporter
{
    public string Format => "anthropic-usage";

    public string Description => "Anthropic usage report pages (/v1/organizations/usage_report/messages), JSON";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var summary = ApiHeadSniffer.Sniff(head);
        return summary.HasAll("uncached_input_tokens", "results") && !summary.AmountIsString && !summary.AmountIsObject
            ? FormatDetection.Certain("time buckets whose results carry uncached_input_tokens")
            : FormatDetection.No;
    }

    public Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken) =>
        ApiPageImport.ReadAsync(input, context, sink, Mapper.Instance, cancellationToken);

    private sealed class Mapper : IApiResultMapper
    {
        public static readonly Mapper Instance = new();

        private static readonly string Provider = ProviderNames.Canonicalize("anthropic");

        public ApiTimeStyle TimeStyle => ApiTimeStyle.Rfc3339;

        public string SourceDescription => "an Anthropic usage report";

        public string? ForeignReason(JsonElement result) =>
            result.TryGetProperty("amount", out _) && !result.TryGetProperty("uncached_input_tokens", out _)
                ? "this is an Anthropic cost report (results carry an amount): import it with --format anthropic-cost"
                : null;

        public ApiMapResult Map(in ApiResultInput input)
        {
            var fields = new ApiResultFields(input.Result);
            var uncached = fields.Count("uncached_input_tokens");
            var cacheRead = fields.Count("cache_read_input_tokens");
            var output = fields.Count("output_tokens");
            long? cache5m = null, cache1h = null;
            if (fields.Object("cache_creation") is { } creation)
            {
                cache5m = fields.Count(creation, "ephemeral_5m_input_tokens", "cache_creation.ephemeral_5m_input_tokens");
                cache1h = fields.Count(creation, "ephemeral_1h_input_tokens", "cache_creation.ephemeral_1h_input_tokens");
            }

            // server_tool_use (web search requests) is priced per request, not per token: not read for now.
            // Null workspace_id is the default workspace: kept null; the key spells it "~", distinct from any id.
            var workspace = fields.Text("workspace_id");
            var apiKey = fields.Text("api_key_id");
            var model = fields.Text("model");
            var tier = fields.Text("service_tier");
            var contextWindow = fields.Text("context_window");

            // account_id (group_by=account_id) names a person: only its hash is kept.
            var accountHash = input.Hasher.Hash(fields.PersonId("account_id"));
            var serviceAccount = fields.Text("service_account_id");
            var geo = fields.Text("inference_geo");
            var speed = fields.Text("speed");
            if (cache5m > long.MaxValue - (cache1h ?? 0))
            {
                fields.Problem("cache_creation", "cache creation token counts overflow");
            }

            if (fields.Error is { } error)
            {
                return error;
            }

            var key = ApiRecordKey.Build(
                input.Start,
                input.End,
                ("workspace_id", workspace),
                ("api_key_id", apiKey),
                ("model", model),
                ("service_tier", tier),
                ("context_window", contextWindow),
                ("account", accountHash),
                ("service_account_id", serviceAccount),
                ("inference_geo", geo),
                ("speed", speed));
            return ApiMapResult.Ok(new SpendRecord
            {
                Kind = RecordKind.UsageTelemetry,
                RecordKey = key,
                SourceLine = input.Line,
                Provider = Provider,
                SubAccountId = workspace,
                ServiceName = "Anthropic API",
                ServiceCategory = ApiPageImport.AiServiceCategory,
                Model = model,
                ServiceTier = tier,
                ChargePeriodStart = input.Start,
                ChargePeriodEnd = input.End,

                // The report does not count requests.
                Requests = null,
                InputTokens = uncached,
                CachedReadTokens = cacheRead,
                CacheWriteTokens = cache5m is null && cache1h is null ? null : (cache5m ?? 0) + (cache1h ?? 0),
                OutputTokens = output,
                Currency = ApiPageImport.UsDollars,
                ApiKeyId = apiKey,
                EndUserHash = accountHash,
                AiScope = true,
            });
        }
    }
}
