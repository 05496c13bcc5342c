namespace ValueLedger.Core.Allocation.Insight;

/// <summary>Unallocated cost of a period: totals per currency and, per key, the values holding most of it.</summary>
public sealed record UnallocatedReport(IReadOnlyList<UnallocatedTotal> Totals, IReadOnlyList<UnallocatedCandidate> Candidates);
