using ValueLedger.Core.Showback;

namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// Reads what the incentive scoreboard of a month needs from the store ports and computes it: shared by the
/// CLI's <c>scoreboard</c> and the HTTP API so both show the same figures.
/// </summary>
public static class ScoreboardLoader
{
    /// <summary>
    /// The scoreboard of <paramref name="asked"/> (default: the latest month with allocations), and that latest month.
    /// Report is null when the ledger has no allocations, or none in the month.
    /// </summary>
    public static async Task<(ScoreboardReport? Report, DateTime? Latest)> LoadAsync(
        IShowbackStore showback, IValueFiguresStore figures, IOutcomeStore outcomeStore, IInitiativeStore initiatives,
        Organisation.Organisation organisation, DateTime? asked, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(showback);
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(outcomeStore);
        ArgumentNullException.ThrowIfNull(initiatives);
        var latest = await showback.QueryLatestAllocatedMonthAsync(cancellationToken).ConfigureAwait(false);
        if ((asked ?? latest) is not { } period)
        {
            return (null, latest);
        }

        var declarations = await initiatives.QueryJCurvesAsync(null, cancellationToken).ConfigureAwait(false);
        var transitions = await initiatives.QueryTransitionsAsync(null, cancellationToken).ConfigureAwait(false);
        var records = await outcomeStore.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var agreements = await outcomeStore.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false);

        // One query from the earliest J-curve start (laggard actuals need the cost since then) or the trend windows.
        var from = declarations.Select(d => d.StartMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .Append(period.AddMonths(-(IncentiveScoreboard.TrendMonths * 2 - 1)))
            .Append(period.AddMonths(-(IncentiveScoreboard.RejectedShareMonths - 1))).Min();
        var months = await figures.QueryInitiativeMonthsAsync(from, period.AddMonths(1), cancellationToken).ConfigureAwait(false);
        if (!months.Any(m => m.Month == period))
        {
            return (null, latest);
        }

        var retired = LaggardsRetired.Count(organisation, transitions, declarations, records, agreements, months, period);
        return (IncentiveScoreboard.Compute(organisation, period, months, CountingOutcomes.ByMonth(records, agreements), retired), latest);
    }
}
