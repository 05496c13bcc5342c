namespace ValueLedger.Core.Allocation.Insight;

/// <summary>A business unit's (or one of its initiatives') allocated money in a period: the breakdown and its largest lines.</summary>
public sealed record BuExplanation(IReadOnlyList<BuBreakdownRow> Breakdown, IReadOnlyList<BuTopLine> TopLines);
