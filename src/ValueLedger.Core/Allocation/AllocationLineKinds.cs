namespace ValueLedger.Core.Allocation;

/// <summary>What an allocation row allocates (<c>line_kind</c>).</summary>
public static class AllocationLineKinds
{
    /// <summary>A cost-of-record line (a bill's line).</summary>
    public const string Cost = "cost";

    /// <summary>Usage telemetry that no bill covers: its estimated cost is allocated, and shown as estimated.</summary>
    public const string Usage = "usage";
}
