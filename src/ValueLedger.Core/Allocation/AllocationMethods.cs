namespace ValueLedger.Core.Allocation;

/// <summary>The <c>method</c> of an allocation row, as stored.</summary>
public static class AllocationMethods
{
    public const string Direct = "direct";
    public const string Weights = "weights";
    public const string Even = "even";

    /// <summary>No rule matched: the line goes to Unallocated (no business unit).</summary>
    public const string Unallocated = "unallocated";

    /// <summary>A telemetry-split rule matched; telemetry splits are not implemented yet, so the line stays Unallocated.</summary>
    public const string TelemetryPending = "telemetry-pending";
}
