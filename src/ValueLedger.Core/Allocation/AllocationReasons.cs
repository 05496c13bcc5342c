namespace ValueLedger.Core.Allocation;

/// <summary>
/// The <c>reason</c> of an allocation row: why a line is Unallocated, or why a telemetry split used its
/// declared fallback. Stored as text; <c>explain</c> and showback print it.
/// </summary>
public static class AllocationReasons
{
    /// <summary>No allocation rule or shared-cost policy matched the line.</summary>
    public const string NoMatchingRule = "no-matching-rule";

    /// <summary>A telemetry split found no priced usage telemetry of the same provider (and model, when asked) in the line's charge period.</summary>
    public const string NoTelemetry = "no-telemetry";

    /// <summary>The telemetry a split would use is priced in more than one currency, so proportions are not defined.</summary>
    public const string TelemetryMixesCurrencies = "telemetry-mixes-currencies";

    /// <summary>A row of a version-3 ledger allocated before telemetry splits existed; allocate the period again.</summary>
    public const string TelemetryPending = "telemetry-pending";
}
