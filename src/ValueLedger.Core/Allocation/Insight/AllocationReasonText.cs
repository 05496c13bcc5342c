namespace ValueLedger.Core.Allocation.Insight;

/// <summary>A stored reason (<see cref="AllocationReasons"/>) in words, for <c>explain</c>.</summary>
public static class AllocationReasonText
{
    public static string Describe(string? reason) => reason switch
    {
        null => string.Empty,
        AllocationReasons.NoMatchingRule => "no allocation rule or shared-cost policy matched the line",
        AllocationReasons.NoTelemetry => "the telemetry split found no priced usage telemetry of the same provider (and model) in the line's period",
        AllocationReasons.TelemetryMixesCurrencies => "the telemetry to split by is priced in more than one currency",
        AllocationReasons.TelemetryPending => "allocated before telemetry splits existed; allocate the period again",
        _ => reason,
    };
}
