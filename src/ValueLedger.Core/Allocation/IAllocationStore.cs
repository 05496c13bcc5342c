namespace ValueLedger.Core.Allocation;

/// <summary>
/// The storage port of the allocation engine: allocates the ledger's AI-scope cost-of-record lines to
/// business units and initiatives by the organisation's allocation rules, and reports coverage.
/// Usage telemetry that no bill covers is not allocated by this slice.
/// </summary>
public interface IAllocationStore
{
    /// <summary>
    /// Allocates every AI-scope cost line whose charge period starts in [<paramref name="from"/>,
    /// <paramref name="to"/>) (UTC), replacing that period's earlier allocations. Deterministic and idempotent.
    /// </summary>
    Task<AllocationRunResult> AllocateAsync(Core.Organisation.Organisation organisation, DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>Allocation coverage per currency (and business unit when <paramref name="groupByBu"/>), over gross cost; see <see cref="AllocationCoverageRow"/>.</summary>
    Task<IReadOnlyList<AllocationCoverageRow>> QueryAllocationCoverageAsync(DateTime from, DateTime to, bool groupByBu, CancellationToken cancellationToken);

    /// <summary>
    /// The whole months holding AI-scope cost lines: [first month's start, the month after the last),
    /// or null when the ledger has none.
    /// </summary>
    Task<(DateTime From, DateTime To)?> QueryAllocatableMonthsAsync(CancellationToken cancellationToken);

    /// <summary>The allocated amounts per business unit, initiative and currency for lines in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<IReadOnlyList<AllocationTotal>> QueryAllocationsAsync(DateTime from, DateTime to, CancellationToken cancellationToken);
}
