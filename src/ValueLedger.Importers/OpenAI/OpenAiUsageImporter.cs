using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.ApiPages;

namespace ValueLedger.Importers.OpenAI;

/// <summary>
/// OpenAI organization Usage API, completions (<c>GET /v1/organization/usage/completions</c>): one page,
/// an array of pages, or an array of buckets. Each result (a time bucket × the requested grouping)
/// becomes one usage-telemetry record with no cost: the pipeline prices it from the price book.
/// </summary>
public sealed class OpenAiUsageImporter : ISpendImporter
{
    internal const string ResultObject = "organization.usage.completions.result";

    public string Format => "openai-usage";

    public string Description => "OpenAI Usage API pages (/v1/organization/usage/completions), JSON";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var summary = ApiHeadSniffer.Sniff(head);
        if (summary.ObjectTypes.Contains(ResultObject))
        {
            return FormatDetection.Certain($"results are {ResultObject}");
        }

        return summary.HasAll("start_time", "results", "num_model_requests", "input_tokens")
            ? FormatDetection.Likely("time buckets whose results carry num_model_requests and input_tokens")
            : FormatDetection.No;
    }

    public Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken) =>
        ApiPageImport.ReadAsync(input, context, sink, Mapper.Instance, cancellationToken);

    private sealed class Mapper : IApiResultMapper
    {
        public static readonly Mapper Instance = new();

        private static readonly string Provider = ProviderNames.Canonicalize("openai");

        public ApiTimeStyle TimeStyle => ApiTimeStyle.UnixSeconds;

        public string SourceDescription => "an OpenAI completions usage page";

        public string? ForeignReason(JsonElement result)
        {
            if (!result.TryGetProperty("object", out var type) || type.ValueKind != JsonValueKind.String || type.ValueEquals(ResultObject))
            {
                return null;
            }

            return type.ValueEquals(OpenAiCostsImporter.ResultObject)
                ? "this is an OpenAI Costs page (organization.costs.result): import it with --format openai-costs"
                : $"results are \"{RowError.Excerpt(type.GetString())}\", not {ResultObject}: only completions usage pages are read";
        }

        public ApiMapResult Map(in ApiResultInput input)
        {
            var fields = new ApiResultFields(input.Result);

            // input_tokens INCLUDES cached tokens; newer responses also state the uncached part.
            var inputTokens = fields.Count("input_tokens");
            var cached = fields.Count("input_cached_tokens");
            var uncached = fields.Count("input_uncached_tokens");
            var output = fields.Count("output_tokens");
            var requests = fields.Count("num_model_requests");

            // input_audio_tokens / output_audio_tokens are deliberately not read (so never an error):
            // audio is priced differently and has no place in the record yet, so it is ignored for now.
            var project = fields.Text("project_id");
            var user = fields.PersonId("user_id");
            var apiKey = fields.Text("api_key_id");
            var model = fields.Text("model");
            var batch = fields.Flag("batch");
            var tier = fields.Text("service_tier");
            if (uncached is null && inputTokens is { } all && cached is { } part && part > all)
            {
                fields.Problem("input_cached_tokens", $"input_cached_tokens ({part}) exceeds input_tokens ({all}), which includes them");
            }

            if (fields.Error is { } error)
            {
                return error;
            }

            var userHash = input.Hasher.Hash(user);
            var key = ApiRecordKey.Build(
                input.Start,
                input.End,
                ("project_id", project),
                ("user", userHash),
                ("api_key_id", apiKey),
                ("model", model),
                ("batch", batch switch { true => "true", false => "false", null => null }),
                ("service_tier", tier));
            return ApiMapResult.Ok(new SpendRecord
            {
                Kind = RecordKind.UsageTelemetry,
                RecordKey = key,
                SourceLine = input.Line,
                Provider = Provider,
                SubAccountId = project,
                ServiceName = "OpenAI API",
                ServiceCategory = ApiPageImport.AiServiceCategory,
                Model = model,

                // Batch is what the price book prices differently (half price), so it wins over a tier.
                ServiceTier = batch == true ? "batch" : tier,
                ChargePeriodStart = input.Start,
                ChargePeriodEnd = input.End,
                Requests = requests,
                InputTokens = uncached ?? (inputTokens - (cached ?? 0)),
                CachedReadTokens = cached,
                OutputTokens = output,
                Currency = ApiPageImport.UsDollars,
                ApiKeyId = apiKey,
                EndUserHash = userHash,
                AiScope = true,
            });
        }
    }
}
