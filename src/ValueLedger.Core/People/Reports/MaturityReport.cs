namespace ValueLedger.Core.People.Reports;

/// <summary>Crawl / walk / run (FinOps), with not-started below crawl. Text form kebab-case.</summary>
public enum MaturityLevel
{
    NotStarted,
    Crawl,
    Walk,
    Run,
}

/// <summary>
/// One capability's maturity computed from the ledger: the level, the evidence (the figures it was computed from, in
/// words), and what would reach the next level (null at run).
/// </summary>
public sealed record CapabilityMaturity(string Capability, string Name, MaturityLevel Level, string Evidence, string? NextStep);

public sealed record MaturityReport(DateOnly Month, IReadOnlyList<CapabilityMaturity> Capabilities);
