namespace ValueLedger.Core.Organisation;

/// <summary>
/// How spend that no one owns alone (matched lines: shared platform capacity, support plans) is spread:
/// by usage telemetry, by weights (summing to exactly 1) or evenly, over <see cref="Targets"/>, or over
/// every business unit when the list is empty (not allowed with weights). <see cref="AllocationMethod.Direct"/> is not a policy method.
/// </summary>
public sealed record SharedCostPolicy(string Id, RuleMatch Match, AllocationMethod Method, IReadOnlyList<AllocationTarget> Targets, SourceLocation Location)
{
    /// <summary>For a telemetry policy: the declared fallback when there is no telemetry to split by (weights or even); null = Unallocated, saying why.</summary>
    public AllocationMethod? Fallback { get; init; }

    /// <summary>For a telemetry policy: only telemetry of the line's model counts.</summary>
    public bool SameModel { get; init; }
}
