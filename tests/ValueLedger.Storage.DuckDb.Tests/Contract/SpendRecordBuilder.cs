using ValueLedger.Core.Ledger;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>
/// Test records with sensible defaults: an OpenAI usage record or an Azure-style AI cost line in
/// September 2024 (UTC), in USD. Name only what a test is about.
/// </summary>
public static class SpendRecordBuilder
{
    public static readonly DateTime September = new(2024, 9, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime October = new(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime November = new(2024, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static long line;

    /// <summary>A usage-telemetry record (a request) starting at <paramref name="at"/> (default 10 September 2024, 12:00).</summary>
    public static SpendRecord Usage(
        string? key = null,
        decimal? cost = 0.01m,
        string provider = "openai",
        string? model = "gpt-4o",
        DateTime? at = null,
        string currency = "USD",
        string? account = null,
        string? subAccount = null,
        string? costMeasure = CostMeasures.SourceEstimate,
        string? priceId = null,
        long? requests = 1,
        long? inputTokens = 100,
        long? outputTokens = 50,
        IReadOnlyList<Tag>? tags = null)
    {
        var start = at ?? September.AddDays(9).AddHours(12);
        var sourceLine = Interlocked.Increment(ref line);
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = key ?? $"req-{sourceLine}",
            SourceLine = sourceLine,
            Provider = provider,
            BillingAccountId = account,
            SubAccountId = subAccount,
            Model = model,
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddSeconds(1),
            Requests = requests,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            Cost = cost,
            CostMeasure = cost is null ? null : costMeasure,
            PriceId = priceId,
            Currency = currency,
            Tags = tags ?? [],
            AiScope = true,
        };
    }

    /// <summary>A cost-of-record line for one day of a monthly billing period (default: 10 September 2024, period September).</summary>
    public static SpendRecord Cost(
        decimal cost,
        string? key = null,
        string provider = "azure",
        string? account = "acct-1",
        string? subAccount = null,
        DateTime? day = null,
        DateTime? periodStart = null,
        DateTime? periodEnd = null,
        string currency = "USD",
        bool aiScope = true,
        string? service = "Azure OpenAI",
        IReadOnlyList<Tag>? tags = null)
    {
        var start = day ?? September.AddDays(9);
        var billingStart = periodStart ?? new DateTime(start.Year, start.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        var sourceLine = Interlocked.Increment(ref line);
        return new SpendRecord
        {
            Kind = RecordKind.CostOfRecord,
            RecordKey = key ?? $"line-{sourceLine}",
            SourceLine = sourceLine,
            Provider = provider,
            BillingAccountId = account,
            BillingAccountName = account is null ? null : $"{account} name",
            SubAccountId = subAccount,
            ServiceName = service,
            ServiceCategory = aiScope ? "AI and Machine Learning" : "Storage",
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddDays(1),
            BillingPeriodStart = billingStart,
            BillingPeriodEnd = periodEnd ?? billingStart.AddMonths(1),
            BilledCost = cost,
            EffectiveCost = cost,
            Cost = cost,
            CostMeasure = CostMeasures.EffectiveCost,
            Currency = currency,
            Tags = tags ?? [],
            AiScope = aiScope,
        };
    }
}
