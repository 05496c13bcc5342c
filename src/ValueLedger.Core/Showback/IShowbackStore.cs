namespace ValueLedger.Core.Showback;

/// <summary>
/// The storage port of showback and chargeback: reads the allocation rows (never writes them) and keeps
/// the append-only record of business-unit acknowledgements. Periods are half-open [from, to), UTC, and
/// select rows by the allocated line's charge period start.
/// </summary>
public interface IShowbackStore
{
    /// <summary>
    /// Allocated cost in [<paramref name="from"/>, <paramref name="to"/>) grouped by month and every key of
    /// <see cref="ShowbackRow"/>. Only rows of lines still in the ledger count (a replaced bill's old rows do not).
    /// </summary>
    Task<IReadOnlyList<ShowbackRow>> QueryShowbackAsync(DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>Per currency, the AI-scope cost lines and uncovered usage telemetry (with a cost) in [<paramref name="from"/>, <paramref name="to"/>) that no allocation run has allocated yet.</summary>
    Task<IReadOnlyList<NotAllocatedLines>> QueryNotAllocatedAsync(DateTime from, DateTime to, CancellationToken cancellationToken);

    /// <summary>The first instant of the latest month holding allocation rows (of lines still in the ledger), or null when there are none.</summary>
    Task<DateTime?> QueryLatestAllocatedMonthAsync(CancellationToken cancellationToken);

    /// <summary>Appends an acknowledgement; earlier ones stay (history).</summary>
    Task RecordAcknowledgementAsync(BuAcknowledgement acknowledgement, CancellationToken cancellationToken);

    /// <summary>Every acknowledgement, oldest first (see <see cref="BuAcknowledgement.LatestPerBu"/> for the ones that count).</summary>
    Task<IReadOnlyList<BuAcknowledgement>> QueryAcknowledgementsAsync(CancellationToken cancellationToken);
}
