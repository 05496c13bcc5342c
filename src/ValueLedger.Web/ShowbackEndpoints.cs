using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Showback;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary><c>GET /api/showback?month=YYYY-MM[&amp;bu=ID]</c>: the statements of <c>valueledger showback</c>, built by the same Core builder; a bu-owner gets only their units' statements (never Unallocated), and another unit is "not found".</summary>
internal static class ShowbackEndpoints
{
    /// <summary>The id that selects the Unallocated statement, as in the CLI.</summary>
    public const string UnallocatedId = "unallocated";

    public static void Map(WebApplication app) =>
        app.MapGet("/api/showback", ShowbackAsync).WithName("GetShowback").WithTags("Showback")
            .WithSummary("Showback statements per business unit for a month (default: the latest allocated), plus Unallocated.")
            .Produces<ShowbackDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> ShowbackAsync(HttpContext context, LedgerAccess ledger, string? month, string? bu, CancellationToken cancellationToken)
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

        var user = context.RequireUser();
        if (bu is not null && (bu == UnallocatedId ? !user.SeesAllBusinessUnits : ledger.Organisation.FindBusinessUnit(bu) is null || !user.CanSeeBu(bu)))
        {
            return ApiProblems.NotFound("Unknown business unit", $"unknown business unit '{bu}'");
        }

        var (report, _) = await ledger.WithStoreAsync(s => ShowbackLoader.LoadAsync((IShowbackStore)s, ledger.Organisation, asked, cancellationToken), cancellationToken).ConfigureAwait(false);
        if (report is null)
        {
            return ApiProblems.NotFound("No allocations", asked is { } a ? $"no allocations in {Money.Month(a)}" : "no allocations in the ledger");
        }

        var statements = report.Statements.Where(s => (s.Bu is null ? user.SeesAllBusinessUnits : user.CanSeeBu(s.Bu)) && (bu is null || (s.Bu ?? UnallocatedId) == bu)).Select(s => new StatementDto(
            s.Bu, s.Name, s.Owner,
            [.. s.Totals.Select(t => new StatementTotalDto(t.Currency, Money.Exact(t.Amount), Money.Exact(t.Gross), Money.Exact(t.Estimated), Money.Exact(t.Previous), Money.Exact(t.Change), t.ChangePercent))],
            [.. s.Lines.Select(l => new StatementLineDto(l.Section, l.Item, l.Label, l.Currency, Money.Exact(l.Amount)))]));
        return Results.Ok(new ShowbackDto(Money.Month(report.Month), Money.Timestamp(ledger.Time.GetUtcNow()), report.PreviousMonthAllocated, [.. statements]));
    }
}
