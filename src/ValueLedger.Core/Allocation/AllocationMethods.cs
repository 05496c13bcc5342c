namespace ValueLedger.Core.Allocation;

/// <summary>The <c>method</c> of an allocation row, as stored (see <see cref="AllocationShareKinds"/> for how showback groups them).</summary>
public static class AllocationMethods
{
    /// <summary>The whole line to one business unit / initiative.</summary>
    public const string Direct = "direct";

    /// <summary>A share of a line split in proportion to the estimated cost of the matching usage telemetry.</summary>
    public const string Telemetry = "telemetry";

    /// <summary>A share of a line split by declared weights (also a telemetry split's declared fallback).</summary>
    public const string Weights = "weights";

    /// <summary>A share of a line split in equal parts (also a telemetry split's declared fallback).</summary>
    public const string Even = "even";

    /// <summary>The line goes to Unallocated (no business unit); the row's reason says why (see <see cref="AllocationReasons"/>).</summary>
    public const string Unallocated = "unallocated";
}
