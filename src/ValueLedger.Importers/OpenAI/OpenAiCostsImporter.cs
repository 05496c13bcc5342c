using System.Text.Json;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.ApiPages;

namespace ValueLedger.Importers.OpenAI;

/// <summary>
/// OpenAI Costs API (<c>GET /v1/organization/costs</c>): daily buckets whose results state an amount
/// of money, optionally by project and line item. Each result is one cost-of-record line.
/// </summary>
public sealed class OpenAiCostsImporter : ISpendImporter
{
    internal const string ResultObject = "organization.costs.result";

    public string Format => "openai-costs";

    public string Description => "OpenAI Costs API pages (/v1/organization/costs), JSON";

    public ReplacementPolicy Replacement => ReplacementPolicy.SkipDuplicateKeys;

    public FormatDetection Detect(ReadOnlySpan<byte> head, string fileName)
    {
        var summary = ApiHeadSniffer.Sniff(head);
        if (summary.ObjectTypes.Contains(ResultObject))
        {
            return FormatDetection.Certain($"results are {ResultObject}");
        }

        return summary.AmountIsObject && summary.HasAll("start_time", "results", "line_item")
            ? FormatDetection.Likely("time buckets whose results carry an amount object and a line_item")
            : FormatDetection.No;
    }

    public Task ReadAsync(Stream input, ImportContext context, IRecordSink sink, CancellationToken cancellationToken) =>
        ApiPageImport.ReadAsync(input, context, sink, Mapper.Instance, cancellationToken);

    private sealed class Mapper : IApiResultMapper
    {
        public static readonly Mapper Instance = new();

        private static readonly string Provider = ProviderNames.Canonicalize("openai");

        public ApiTimeStyle TimeStyle => ApiTimeStyle.UnixSeconds;

        public string SourceDescription => "an OpenAI Costs page";

        public string? ForeignReason(JsonElement result)
        {
            if (!result.TryGetProperty("object", out var type) || type.ValueKind != JsonValueKind.String || type.ValueEquals(ResultObject))
            {
                return null;
            }

            return type.ValueEquals(OpenAiUsageImporter.ResultObject)
                ? "this is an OpenAI completions usage page: import it with --format openai-usage"
                : $"results are \"{RowError.Excerpt(type.GetString())}\", not {ResultObject}";
        }

        public ApiMapResult Map(in ApiResultInput input)
        {
            var fields = new ApiResultFields(input.Result);
            var amount = fields.Object("amount");
            decimal? value = null;
            string? currencyText = null;
            if (amount is { } money)
            {
                value = fields.Decimal(money, "value", "amount.value");
                currencyText = fields.Text(money, "currency", "amount.currency");
            }

            var lineItem = fields.Text("line_item");
            var project = fields.Text("project_id");
            var apiKey = fields.Text("api_key_id");
            if (fields.Error is { } error)
            {
                return error;
            }

            if (value is not { } cost)
            {
                return ApiMapResult.Bad("amount.value", "amount.value is missing");
            }

            // The API states lower-case ISO 4217 ("usd").
            if (!CurrencyCodes.TryNormalize(currencyText, out var currency))
            {
                return ApiMapResult.Bad("amount.currency", $"amount.currency \"{RowError.Excerpt(currencyText)}\" is not an ISO 4217 currency code", currencyText);
            }

            return ApiMapResult.Ok(new SpendRecord
            {
                Kind = RecordKind.CostOfRecord,
                RecordKey = ApiRecordKey.Build(input.Start, input.End, ("project_id", project), ("line_item", lineItem), ("api_key_id", apiKey)),
                SourceLine = input.Line,
                Provider = Provider,
                SubAccountId = project,
                ServiceName = "OpenAI API",
                ServiceCategory = ApiPageImport.AiServiceCategory,
                ChargeDescription = lineItem,
                Model = OpenAiLineItems.ModelOf(lineItem),
                ChargePeriodStart = input.Start,
                ChargePeriodEnd = input.End,
                BilledCost = cost,
                EffectiveCost = cost,
                Cost = cost,
                CostMeasure = CostMeasures.ProviderCost,
                Currency = currency,
                ApiKeyId = apiKey,
                AiScope = true,
            });
        }
    }
}
