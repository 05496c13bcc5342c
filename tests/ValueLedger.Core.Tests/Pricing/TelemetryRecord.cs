using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Tests.Pricing;

/// <summary>Builds usage-telemetry records with sensible defaults for pricing tests.</summary>
internal static class TelemetryRecord
{
    public static readonly DateTime DefaultStart = new(2025, 10, 15, 0, 0, 0, DateTimeKind.Utc);

    public static SpendRecord Create(
        string provider,
        string? model,
        long? input = null,
        long? output = null,
        long? cachedRead = null,
        long? cacheWrite = null,
        long? requests = null,
        string? serviceTier = null,
        DateTime? start = null,
        long? reasoning = null)
    {
        var from = start ?? DefaultStart;
        return new SpendRecord
        {
            Kind = RecordKind.UsageTelemetry,
            RecordKey = "test",
            Provider = provider,
            Model = model,
            ChargePeriodStart = from,
            ChargePeriodEnd = from.AddHours(1),
            InputTokens = input,
            OutputTokens = output,
            CachedReadTokens = cachedRead,
            CacheWriteTokens = cacheWrite,
            ReasoningTokens = reasoning,
            Requests = requests,
            ServiceTier = serviceTier,
            Currency = "USD",
            AiScope = true,
        };
    }
}
