namespace ValueLedger.Core.Allocation;

/// <summary>
/// Allocation coverage in one currency (and business unit, when grouped; <see cref="Bu"/> null = the
/// whole ledger or the Unallocated group). Amounts are GROSS: only lines with a positive cost count,
/// so <see cref="Coverage"/> = <see cref="GrossAllocatedToInitiative"/> / <see cref="GrossInScope"/> is
/// within [0, 1], null when there is no cost.
/// </summary>
public sealed record AllocationCoverageRow(string? Bu, string Currency, decimal GrossInScope, decimal GrossAllocatedToInitiative, decimal? Coverage)
{
    /// <summary>The FinOps maturity level for <see cref="Coverage"/> (see <see cref="AllocationCoverage.Maturity"/>).</summary>
    public string Maturity => AllocationCoverage.Maturity(Coverage);
}
