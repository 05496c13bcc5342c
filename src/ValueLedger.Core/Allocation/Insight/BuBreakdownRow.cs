namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// A business unit's money in one currency from one rule or policy (<see cref="RuleKind"/>,
/// <see cref="RuleId"/>), <see cref="Method"/>, fallback flag and <see cref="LineKind"/>: the summed
/// <see cref="Amount"/> (net) over <see cref="Lines"/> distinct lines.
/// </summary>
public sealed record BuBreakdownRow(
    string Currency,
    string LineKind,
    string Method,
    string? RuleKind,
    string? RuleId,
    bool Fallback,
    decimal Amount,
    long Lines)
{
    public string ShareKind => AllocationShareKinds.Of(Method, RuleKind, Fallback);
}
