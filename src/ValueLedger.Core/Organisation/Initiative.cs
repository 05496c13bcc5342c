namespace ValueLedger.Core.Organisation;

/// <summary>An AI initiative owned by one business unit (<see cref="OwnerBu"/> is a business unit id).</summary>
public sealed record Initiative(string Id, string Name, string OwnerBu, string? Sponsor, InitiativeStage Stage, SourceLocation Location);
