using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Web;

/// <summary><c>GET /api/scoreboard?month=YYYY-MM</c>: the incentive scoreboard of <c>valueledger scoreboard</c>, computed by the same Core code.</summary>
internal static class ScoreboardEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/scoreboard", ScoreboardAsync).WithName("GetScoreboard").WithTags("Scoreboard")
            .WithSummary("The incentive scoreboard per business unit for a month (default: the latest allocated) against the month before.")
            .Produces<ScoreboardDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ScoreboardAsync(LedgerAccess ledger, string? month, CancellationToken cancellationToken)
    {
        DateTime? asked = null;
        if (month is not null)
        {
            if (!ApiProblems.TryMonth(month, out var m))
            {
                return ApiProblems.BadParameter("month", $"'{month}' is not a month; use YYYY-MM");
            }

            asked = m;
        }

        var report = await ledger.WithStoreAsync(s => BuildAsync(s, ledger, asked, cancellationToken), cancellationToken).ConfigureAwait(false);
        return report is null
            ? ApiProblems.NotFound("No allocations", asked is { } a ? $"no allocations in {Money.Month(a)}" : "no allocations in the ledger")
            : Results.Ok(ScoreboardDto.From(ledger.Organisation, report));
    }

    /// <summary>Reads what the scoreboard needs exactly as the CLI does; null when the month has no allocations.</summary>
    private static async Task<ScoreboardReport?> BuildAsync(object store, LedgerAccess ledger, DateTime? asked, CancellationToken cancellationToken)
    {
        var showback = (IShowbackStore)store;
        var figures = (IValueFiguresStore)store;
        var outcomeStore = (IOutcomeStore)store;
        var initiatives = (IInitiativeStore)store;
        var latest = await showback.QueryLatestAllocatedMonthAsync(cancellationToken).ConfigureAwait(false);
        if ((asked ?? latest) is not { } period)
        {
            return null;
        }

        var declarations = await initiatives.QueryJCurvesAsync(null, cancellationToken).ConfigureAwait(false);
        var transitions = await initiatives.QueryTransitionsAsync(null, cancellationToken).ConfigureAwait(false);
        var records = await outcomeStore.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var agreements = await outcomeStore.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false);

        // One query from the earliest J-curve start (laggard actuals need the cost since then) or the trend window.
        var from = declarations.Select(d => d.StartMonth.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc))
            .Append(period.AddMonths(-(IncentiveScoreboard.TrendMonths * 2 - 1)))
            .Append(period.AddMonths(-(IncentiveScoreboard.RejectedShareMonths - 1))).Min();
        var months = await figures.QueryInitiativeMonthsAsync(from, period.AddMonths(1), cancellationToken).ConfigureAwait(false);
        if (!months.Any(m => m.Month == period))
        {
            return null;
        }

        var retired = LaggardsRetired.Count(ledger.Organisation, transitions, declarations, records, agreements, months, period);
        return IncentiveScoreboard.Compute(ledger.Organisation, period, months, CountingOutcomes.ByMonth(records, agreements), retired);
    }
}
