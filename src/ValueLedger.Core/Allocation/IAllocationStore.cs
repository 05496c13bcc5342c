namespace ValueLedger.Core.Allocation;

/// <summary>
/// The storage port of the allocation engine: allocates the ledger's AI-scope cost-of-record lines, and
/// the usage telemetry no bill covers (its estimated cost), to business units and initiatives by the
/// organisation's allocation rules and shared-cost policies, and reports coverage.
/// </summary>
public interface IAllocationStore
{
    /// <summary>
    /// Allocates every AI-scope cost line with a cost, and every AI-scope usage record with a cost that no
    /// AI bill covers, whose charge period starts in [<paramref name="from"/>, <paramref name="to"/>) (UTC),
    /// replacing that period's earlier allocations. Deterministic and idempotent.
    /// </summary>
    Task<AllocationRunResult> AllocateAsync(Core.Organisation.Organisation organisation, DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>Allocation coverage per currency (and business unit when <paramref name="groupByBu"/>), over gross cost; see <see cref="AllocationCoverageRow"/>.</summary>
    Task<IReadOnlyList<AllocationCoverageRow>> QueryAllocationCoverageAsync(DateTime from, DateTime to, bool groupByBu, CancellationToken cancellationToken);

    /// <summary>
    /// The whole months holding AI-scope lines with a cost (cost of record or usage telemetry): [first
    /// month's start, the month after the last), or null when the ledger has none.
    /// </summary>
    Task<(DateTime From, DateTime To)?> QueryAllocatableMonthsAsync(CancellationToken cancellationToken);

    /// <summary>The allocated amounts per business unit, initiative and currency for lines in [<paramref name="from"/>, <paramref name="to"/>).</summary>
    Task<IReadOnlyList<AllocationTotal>> QueryAllocationsAsync(DateTime from, DateTime to, CancellationToken cancellationToken);
}
