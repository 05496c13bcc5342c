namespace ValueLedger.Core.Allocation;

/// <summary>What one allocation run did: its id, the cost lines it considered and the amount per outcome.</summary>
public sealed record AllocationRunResult(long RunId, long LinesConsidered, IReadOnlyList<AllocationOutcomeTotal> Outcomes);
