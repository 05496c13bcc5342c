namespace ValueLedger.Core.Organisation;

/// <summary>
/// Assigns matching spend lines to business units and initiatives. Rules are tried by
/// <see cref="Priority"/> (lower first); between equal priorities the lower <see cref="Id"/> (ordinal) wins.
/// Versions of one rule id replace each other over time: the effective period is half-open
/// [<see cref="EffectiveFrom"/>, <see cref="EffectiveTo"/>), null meaning unbounded.
/// </summary>
public sealed record AllocationRule(
    string Id,
    int Version,
    int Priority,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveTo,
    RuleMatch Match,
    AllocationMethod Method,
    IReadOnlyList<AllocationTarget> Targets,
    SourceLocation Location)
{
    /// <summary>
    /// For a <see cref="AllocationMethod.Telemetry"/> split: what to do with a line that has no usage
    /// telemetry to split by (<see cref="AllocationMethod.Weights"/> or <see cref="AllocationMethod.Even"/>
    /// over <see cref="Targets"/>); null = leave it Unallocated, saying why.
    /// </summary>
    public AllocationMethod? Fallback { get; init; }

    /// <summary>For a telemetry split: only telemetry of the line's model counts (YAML <c>by_model: true</c>); otherwise any model of the provider.</summary>
    public bool SameModel { get; init; }
}
