using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary><c>GET /api/scoreboard?month=YYYY-MM</c>: the incentive scoreboard of <c>valueledger scoreboard</c>, computed by the same Core code.</summary>
internal static class ScoreboardEndpoints
{
    private static readonly LedgerCache<ScoreboardReport?> Reports = new(s => s.FiguresGeneration);

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

        // The same for every user until the ledger changes (scoping happens when shaping): computed once per write.
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var report = await Reports.GetAsync(
            store,
            asked?.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "latest",
            async () => (await ScoreboardLoader.LoadAsync(store, store, store, store, ledger.Organisation, asked, CancellationToken.None).ConfigureAwait(false)).Report,
            cancellationToken).ConfigureAwait(false);
        return report is null
            ? ApiProblems.NotFound("No allocations", asked is { } a ? $"no allocations in {Money.Month(a)}" : "no allocations in the ledger")
            : Results.Ok(ScoreboardDto.From(ledger.Organisation, report, context.RequireUser()));
    }
}
