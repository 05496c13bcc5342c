using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.ApiPages;

namespace ValueLedger.Importers.Anthropic;

/// <summary>
/// Anthropic Admin API cost report (<c>/v1/organizations/cost_report</c>): daily buckets whose results
/// state <c>amount</c> as a decimal STRING IN CENTS (<c>"123.45"</c> = USD 1.2345). One cost-of-record
/// line per result.
/// </summary>
public sealed class AnthropicCostImporter : ISpendImporter
{
    public string Format => "anthropic-cost";

    public string Description => "Anthropic cost report pages (/v1/organizations/cost_report), JSON";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var summary = ApiHeadSniffer.Sniff(head);
        if (!summary.AmountIsString || !summary.HasAll("results", "currency") || summary.Names.Contains("uncached_input_tokens"))
        {
            return FormatDetection.No;
        }

        return summary.Names.Contains("starting_at") || summary.Names.Contains("cost_type")
            ? FormatDetection.Certain("time buckets whose results carry amount as a string, with a currency")
            : FormatDetection.Likely("results carry amount as a string, with a currency");
    }

    public Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken) =>
        ApiPageImport.ReadAsync(input, context, sink, Mapper.Instance, cancellationToken);

    private sealed class Mapper : IApiResultMapper
    {
        public static readonly Mapper Instance = new();

        private static readonly string Provider = ProviderNames.Canonicalize("anthropic");

        public ApiTimeStyle TimeStyle => ApiTimeStyle.Rfc3339;

        public string SourceDescription => "an Anthropic cost report";

        public string? ForeignReason(JsonElement result) =>
            result.TryGetProperty("uncached_input_tokens", out _) && !result.TryGetProperty("amount", out _)
                ? "this is an Anthropic usage report (results carry token counts): import it with --format anthropic-usage"
                : null;

        public ApiMapResult Map(in ApiResultInput input)
        {
            var fields = new ApiResultFields(input.Result);
            var cents = fields.Decimal(input.Result, "amount", "amount");
            var currencyText = fields.Text("currency");
            var workspace = fields.Text("workspace_id");
            var description = fields.Text("description");
            var costType = fields.Text("cost_type");
            var tokenType = fields.Text("token_type");
            var model = fields.Text("model");
            var tier = fields.Text("service_tier");
            var contextWindow = fields.Text("context_window");
            var geo = fields.Text("inference_geo");
            var speed = fields.Text("speed");
            if (fields.Error is { } error)
            {
                return error;
            }

            if (cents is not { } amountInCents)
            {
                return ApiMapResult.Bad("amount", "amount is missing");
            }

            // The API documents USD as the currency and its default when absent.
            if (!CurrencyCodes.TryNormalize(currencyText ?? ApiPageImport.UsDollars, out var currency))
            {
                return ApiMapResult.Bad("currency", $"currency \"{RowError.Excerpt(currencyText)}\" is not an ISO 4217 currency code", currencyText);
            }

            // Cents to dollars: exact decimal division, no rounding ("123.45" -> 1.2345).
            var cost = amountInCents / 100m;
            var key = ApiRecordKey.Build(
                input.Start,
                input.End,
                ("workspace_id", workspace),
                ("description", description),
                ("cost_type", costType),
                ("token_type", tokenType),
                ("model", model),
                ("service_tier", tier),
                ("context_window", contextWindow),
                ("inference_geo", geo),
                ("speed", speed));
            return ApiMapResult.Ok(new SpendRecord
            {
                Kind = RecordKind.CostOfRecord,
                RecordKey = key,
                SourceLine = input.Line,
                Provider = Provider,
                SubAccountId = workspace,
                ServiceName = "Anthropic API",
                ServiceCategory = ApiPageImport.AiServiceCategory,
                ChargeDescription = description,
                Model = model,
                ServiceTier = tier,
                ChargePeriodStart = input.Start,
                ChargePeriodEnd = input.End,
                BilledCost = cost,
                EffectiveCost = cost,
                Cost = cost,
                CostMeasure = CostMeasures.ProviderCost,
                Currency = currency,
                AiScope = true,
            });
        }
    }
}
