namespace ValueLedger.Core.Allocation.Insight;

/// <summary>A line and its allocation rows (largest amount first); no rows = not allocated yet.</summary>
public sealed record LineExplanation(InsightLine Line, IReadOnlyList<AllocationShare> Shares);
