namespace ValueLedger.Core.Showback;

/// <summary>
/// Every statement of a month: one per business unit, then Unallocated, so that the statements' totals
/// add up to <see cref="PeriodTotals"/> (net allocated cost per currency). <see cref="NotAllocated"/> lists
/// cost lines of the month that no allocation run has seen yet (they are in no statement).
/// <see cref="PreviousMonthAllocated"/> is false when the month before has no allocation rows at all, so
/// "no previous month" in a change means "not allocated" rather than "no cost".
/// </summary>
public sealed record ShowbackReport(
    DateTime Month,
    IReadOnlyList<ShowbackStatement> Statements,
    IReadOnlyDictionary<string, decimal> PeriodTotals,
    IReadOnlyList<NotAllocatedLines> NotAllocated,
    bool PreviousMonthAllocated);
