namespace ValueLedger.Core.Allocation;

/// <summary>
/// How showback statements group allocated cost: <see cref="Direct"/> (a rule gave the whole line to a
/// unit), <see cref="TelemetrySplit"/> (a rule split a shared line by usage telemetry), <see cref="Shared"/>
/// (a shared-cost policy spread it, or a rule split it by weights or evenly, including a telemetry
/// split's fallback) and <see cref="Unallocated"/>.
/// </summary>
public static class AllocationShareKinds
{
    public const string Direct = "direct";
    public const string TelemetrySplit = "telemetry-split";
    public const string Shared = "shared";
    public const string Unallocated = "unallocated";

    /// <summary>The share kind of a stored row from its <c>method</c>, <c>rule_kind</c> (<c>rule</c> | <c>policy</c> | null) and <c>fallback</c>.</summary>
    public static string Of(string method, string? ruleKind, bool fallback) => method switch
    {
        AllocationMethods.Unallocated => Unallocated,
        _ when string.Equals(ruleKind, "policy", StringComparison.Ordinal) => Shared,
        AllocationMethods.Direct => Direct,
        AllocationMethods.Telemetry when !fallback => TelemetrySplit,
        _ => Shared,
    };
}
