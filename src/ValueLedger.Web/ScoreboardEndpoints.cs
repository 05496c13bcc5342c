using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary><c>GET /api/scoreboard?month=YYYY-MM</c>: the incentive scoreboard of <c>valueledger scoreboard</c>, computed by the same Core code.</summary>
internal static class ScoreboardEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/api/scoreboard", ScoreboardAsync).WithName("GetScoreboard").WithTags("Scoreboard")
            .WithSummary("The incentive scoreboard per business unit for a month (default: the latest allocated) against the month before.")
            .Produces<ScoreboardDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ScoreboardAsync(HttpContext context, LedgerAccess ledger, string? month, CancellationToken cancellationToken)
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

        var (report, _) = await ledger.WithStoreAsync(
            s => ScoreboardLoader.LoadAsync((IShowbackStore)s, (IValueFiguresStore)s, (IOutcomeStore)s, (IInitiativeStore)s, ledger.Organisation, asked, cancellationToken),
            cancellationToken).ConfigureAwait(false);
        return report is null
            ? ApiProblems.NotFound("No allocations", asked is { } a ? $"no allocations in {Money.Month(a)}" : "no allocations in the ledger")
            : Results.Ok(ScoreboardDto.From(ledger.Organisation, report, context.RequireUser()));
    }
}
