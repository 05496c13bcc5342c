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
    SourceLocation Location);
