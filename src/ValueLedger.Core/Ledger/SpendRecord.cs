namespace ValueLedger.Core.Ledger;

/// <summary>
/// One normalised ledger row: a cost-of-record line or a usage-telemetry record.
/// Times are UTC; the charge period is half-open <c>[ChargePeriodStart, ChargePeriodEnd)</c>.
/// Money is <see cref="decimal"/> in <see cref="Currency"/> (ISO 4217, upper case).
/// Token counts are disjoint except <see cref="ReasoningTokens"/>, which is the part of
/// <see cref="OutputTokens"/> spent on reasoning (shown, never added to output).
/// </summary>
public sealed class SpendRecord
{
    public required RecordKind Kind { get; init; }

    /// <summary>
    /// Identifies the record within its source format, stable across re-exports where the source
    /// allows (a LiteLLM request id, an API bucket and its grouping keys). Used to skip records
    /// already in the ledger. For FOCUS lines it is the line number: FOCUS periods are replaced whole.
    /// </summary>
    public required string RecordKey { get; init; }

    /// <summary>1-based line (CSV, NDJSON) or record ordinal (JSON) in the source file.</summary>
    public long SourceLine { get; init; }

    /// <summary>Canonical provider id (see <see cref="ProviderNames"/>), e.g. <c>openai</c>, <c>azure</c>.</summary>
    public required string Provider { get; init; }

    public string? BillingAccountId { get; init; }
    public string? BillingAccountName { get; init; }

    /// <summary>FOCUS SubAccountId, or the source's project / workspace.</summary>
    public string? SubAccountId { get; init; }
    public string? SubAccountName { get; init; }
    public string? ServiceName { get; init; }
    public string? ServiceCategory { get; init; }
    public string? ChargeCategory { get; init; }
    public string? ChargeClass { get; init; }
    public string? ChargeDescription { get; init; }
    public string? ResourceId { get; init; }
    public string? ResourceName { get; init; }
    public string? RegionId { get; init; }
    public string? SkuId { get; init; }
    public decimal? PricingQuantity { get; init; }
    public string? PricingUnit { get; init; }
    public string? Model { get; init; }

    /// <summary>Service tier or batch flag where the source has one (<c>batch</c>, <c>priority</c>...).</summary>
    public string? ServiceTier { get; init; }

    /// <summary>Inclusive start of the charge period, UTC.</summary>
    public required DateTime ChargePeriodStart { get; init; }

    /// <summary>Exclusive end of the charge period, UTC.</summary>
    public required DateTime ChargePeriodEnd { get; init; }

    /// <summary>FOCUS billing period (inclusive start), UTC; null for telemetry.</summary>
    public DateTime? BillingPeriodStart { get; init; }

    /// <summary>FOCUS billing period (exclusive end), UTC; null for telemetry.</summary>
    public DateTime? BillingPeriodEnd { get; init; }

    public long? Requests { get; init; }

    /// <summary>Input tokens not read from a cache.</summary>
    public long? InputTokens { get; init; }
    public long? CachedReadTokens { get; init; }
    public long? CacheWriteTokens { get; init; }
    public long? OutputTokens { get; init; }

    /// <summary>Part of <see cref="OutputTokens"/> spent on reasoning; informational, not additive.</summary>
    public long? ReasoningTokens { get; init; }

    /// <summary>FOCUS BilledCost (invoice), when the source states it.</summary>
    public decimal? BilledCost { get; init; }

    /// <summary>FOCUS EffectiveCost (amortised, after discounts), when the source states it.</summary>
    public decimal? EffectiveCost { get; init; }

    /// <summary>FOCUS ListCost, when the source states it.</summary>
    public decimal? ListCost { get; init; }

    /// <summary>
    /// The amount this record counts for: for cost of record, the measure named in
    /// <see cref="CostMeasure"/>; for telemetry, the cost it carried or the price-book estimate.
    /// Null only for telemetry that could not be priced (unknown model), never silently 0.
    /// </summary>
    public decimal? Cost { get; set; }

    /// <summary>Which measure <see cref="Cost"/> is: see <see cref="CostMeasures"/>.</summary>
    public string? CostMeasure { get; set; }

    /// <summary>The price-book entry used to estimate <see cref="Cost"/>, if any.</summary>
    public string? PriceId { get; set; }

    /// <summary>ISO 4217 code, upper case.</summary>
    public required string Currency { get; init; }

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    public string? ApiKeyId { get; init; }
    public string? Team { get; init; }

    /// <summary>Keyed hash of the end user (never the raw identifier).</summary>
    public string? EndUserHash { get; init; }
    public string? AgentId { get; init; }

    /// <summary>False for requests the source marks as failed; null when unknown.</summary>
    public bool? Succeeded { get; init; }

    /// <summary>Whether this record is AI spend (see PRODUCT.md, "AI scope").</summary>
    public required bool AiScope { get; init; }

    /// <summary>Of record for <see cref="RecordKind.CostOfRecord"/>; estimated otherwise.</summary>
    public bool IsEstimated => Kind == RecordKind.UsageTelemetry;

    /// <summary>All token counts added (reasoning excluded: it is part of output).</summary>
    public long TotalTokens =>
        (InputTokens ?? 0) + (CachedReadTokens ?? 0) + (CacheWriteTokens ?? 0) + (OutputTokens ?? 0);
}
