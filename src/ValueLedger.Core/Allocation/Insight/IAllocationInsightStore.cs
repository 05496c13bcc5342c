namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// Read-only questions over stored allocations: why a line or a business unit holds its money, what
/// is still Unallocated and what would fix it, coverage per month and BU, and the allocation rows for
/// export. Periods are half-open [<c>from</c>, <c>to</c>) over the line's charge period start, UTC.
/// </summary>
public interface IAllocationInsightStore
{
    /// <summary>The line and its allocation rows, or null when no line has <paramref name="id"/>.</summary>
    Task<LineExplanation?> ExplainLineAsync(LineId id, CancellationToken cancellationToken);

    /// <summary>
    /// A business unit's allocated money (only <paramref name="initiative"/>'s, when given) by rule or
    /// policy, method, fallback and line kind per currency, and its <paramref name="top"/> largest rows.
    /// <paramref name="bu"/> null with an initiative: the initiative's money in every business unit.
    /// </summary>
    Task<BuExplanation> ExplainBusinessUnitAsync(string? bu, string? initiative, DateTime from, DateTime to, int top, CancellationToken cancellationToken);

    /// <summary>Unallocated gross cost per currency and, per key (<see cref="UnallocatedKeys"/>), its <paramref name="top"/> values.</summary>
    Task<UnallocatedReport> QueryUnallocatedAsync(DateTime from, DateTime to, int top, CancellationToken cancellationToken);

    /// <summary>Gross allocation coverage per currency, grouped as asked (see <see cref="PeriodCoverageRow"/>).</summary>
    Task<IReadOnlyList<PeriodCoverageRow>> QueryCoverageAsync(DateTime from, DateTime to, CoverageGrouping grouping, CancellationToken cancellationToken);

    /// <summary>
    /// Every allocation row of lines still in the ledger, streamed in line order (source id, seq; a line's
    /// rows together, largest amount first), for exports that must not hold the result in memory.
    /// </summary>
    IAsyncEnumerable<AllocatedLineShare> ReadAllocatedSharesAsync(DateTime from, DateTime to, CancellationToken cancellationToken);
}
