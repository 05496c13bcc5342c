namespace ValueLedger.Core.Ledger;

/// <summary>Names recorded in <see cref="SpendRecord.CostMeasure"/>.</summary>
public static class CostMeasures
{
    /// <summary>FOCUS EffectiveCost: the default measure.</summary>
    public const string EffectiveCost = "EffectiveCost";

    /// <summary>FOCUS BilledCost, used where EffectiveCost is missing, or 0 while BilledCost is not.</summary>
    public const string BilledCost = "BilledCost";

    /// <summary>A provider cost API amount (OpenAI Costs, Anthropic cost report).</summary>
    public const string ProviderCost = "ProviderCost";

    /// <summary>Cost carried by the telemetry itself (e.g. LiteLLM <c>spend</c>).</summary>
    public const string SourceEstimate = "SourceEstimate";

    /// <summary>Estimated from the price book at import or by <c>reprice</c>.</summary>
    public const string PriceBook = "PriceBook";
}
