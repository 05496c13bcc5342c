namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// Allocation coverage in one currency, for a month (<see cref="Month"/>: its first day, null when not
/// grouped by month) and business unit (<see cref="Bu"/>: null when not grouped by BU, or the
/// Unallocated group). All amounts are GROSS: shares of lines with a positive cost.
/// <see cref="GrossInScope"/> counts cost-of-record lines (unallocated ones whole) and the allocated
/// estimated cost of uncovered usage telemetry (<see cref="GrossEstimated"/> of it);
/// <see cref="GrossAllocated"/> went to a business unit, <see cref="GrossAllocatedToInitiative"/> to an
/// initiative. Coverage = to initiative ÷ in scope (PRODUCT.md), in [0, 1], null without cost.
/// </summary>
public sealed record PeriodCoverageRow(
    DateTime? Month,
    string? Bu,
    string Currency,
    decimal GrossInScope,
    decimal GrossEstimated,
    decimal GrossAllocated,
    decimal GrossAllocatedToInitiative)
{
    public decimal? Coverage => GrossInScope > 0 ? GrossAllocatedToInitiative / GrossInScope : null;

    /// <summary>The FinOps maturity level for <see cref="Coverage"/>.</summary>
    public string Maturity => AllocationCoverage.Maturity(Coverage);
}
