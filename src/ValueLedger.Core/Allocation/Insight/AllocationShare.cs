namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// One stored allocation row of a line: <see cref="Amount"/> (net, in <see cref="Currency"/>) to
/// <see cref="Bu"/> / <see cref="Initiative"/> (null BU = Unallocated), by <see cref="Method"/>
/// (<see cref="AllocationMethods"/>) under a rule or policy (<see cref="RuleKind"/> <c>rule</c> |
/// <c>policy</c>, null when nothing matched). <see cref="Details"/> is the row's JSON basis as stored
/// (see <see cref="AllocationBasis"/>). <see cref="LineKind"/> is <see cref="AllocationLineKinds"/>.
/// </summary>
public sealed record AllocationShare(
    string LineKind,
    string? Bu,
    string? Initiative,
    decimal Amount,
    string Currency,
    string Method,
    string? RuleKind,
    string? RuleId,
    int? RuleVersion,
    bool Fallback,
    string? Reason,
    string? Details)
{
    /// <summary>How showback groups this row (see <see cref="AllocationShareKinds.Of"/>).</summary>
    public string ShareKind => AllocationShareKinds.Of(Method, RuleKind, Fallback);
}
