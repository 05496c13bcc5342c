namespace ValueLedger.Core.Showback;

/// <summary>
/// Reads a month's allocation rows (and the month before, for the change) and builds its statements: shared by
/// the CLI's <c>showback</c> and the HTTP API so both show the same figures.
/// </summary>
public static class ShowbackLoader
{
    /// <summary>
    /// The statements of <paramref name="asked"/> (default: the latest month with allocations), and that latest month.
    /// Report is null when the ledger has no allocations, or none in the month.
    /// </summary>
    public static async Task<(ShowbackReport? Report, DateTime? Latest)> LoadAsync(
        IShowbackStore showback, Organisation.Organisation organisation, DateTime? asked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(showback);
        var latest = await showback.QueryLatestAllocatedMonthAsync(cancellationToken).ConfigureAwait(false);
        if ((asked ?? latest) is not { } start)
        {
            return (null, latest);
        }

        var end = start.AddMonths(1);
        var rows = await showback.QueryShowbackAsync(start.AddMonths(-1), end, cancellationToken).ConfigureAwait(false);
        if (!rows.Any(r => r.Month == start))
        {
            return (null, latest);
        }

        var acknowledgements = BuAcknowledgement.LatestPerBu(await showback.QueryAcknowledgementsAsync(cancellationToken).ConfigureAwait(false));
        var notAllocated = await showback.QueryNotAllocatedAsync(start, end, cancellationToken).ConfigureAwait(false);
        return (ShowbackStatementBuilder.Build(organisation, acknowledgements, start, rows, notAllocated), latest);
    }
}
