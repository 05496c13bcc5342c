using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// <c>GET /api/initiatives</c>, <c>/api/initiatives/{id}</c> and <c>/api/outcomes</c> (paginated). Outcome records
/// carry no recorder or reviewer names: the API returns no person's data.
/// </summary>
internal static class InitiativeEndpoints
{
    public const int MaxPageSize = 500;

    public static void Map(WebApplication app)
    {
        app.MapGet("/api/initiatives", (HttpContext context, LedgerAccess ledger) => Results.Ok(ledger.Organisation.Initiatives.Where(context.RequireUser().CanSeeInitiative).Select(Dto).ToList()))
            .WithName("ListInitiatives").WithTags("Value").WithSummary("The initiatives declared in the organisation.").Produces<List<InitiativeDto>>();
        app.MapGet("/api/initiatives/{id}", InitiativeAsync).WithName("GetInitiative").WithTags("Value")
            .WithSummary("One initiative: its net cost by month and currency, and how many outcome records it has.")
            .Produces<InitiativeDetailDto>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/outcomes", OutcomesAsync).WithName("ListOutcomes").WithTags("Value")
            .WithSummary("Outcome records by id, filtered by status and initiative, paginated (page from 1, pageSize 1-500).")
            .Produces<OutcomePageDto>().ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static InitiativeDto Dto(Core.Organisation.Initiative i) => new(i.Id, i.Name, i.OwnerBu, i.Sponsor, KebabCase.Of(i.Stage));

    private static async Task<IResult> InitiativeAsync(HttpContext context, LedgerAccess ledger, string id, CancellationToken cancellationToken)
    {
        if (ledger.Organisation.FindInitiative(id) is not { } initiative || !context.RequireUser().CanSeeInitiative(initiative))
        {
            return ApiProblems.NotFound("Unknown initiative", $"unknown initiative '{id}'");
        }

        var (months, records) = await ledger.WithStoreAsync(
            async s =>
            {
                var all = await ((IValueFiguresStore)s).QueryInitiativeMonthsAsync(new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(9999, 12, 31, 0, 0, 0, DateTimeKind.Utc), cancellationToken).ConfigureAwait(false);
                var outcomes = await ((IOutcomeStore)s).QueryOutcomesAsync(id, cancellationToken).ConfigureAwait(false);
                return (all, outcomes.Count);
            },
            cancellationToken).ConfigureAwait(false);
        var byMonth = months.Where(m => m.Initiative == id)
            .GroupBy(m => (m.Month, m.Currency)).OrderBy(g => g.Key.Month).ThenBy(g => g.Key.Currency, StringComparer.Ordinal)
            .Select(g => new InitiativeMonthDto(Money.Month(g.Key.Month), g.Key.Currency, Money.Exact(g.Sum(m => m.NetCost)))).ToList();
        return Results.Ok(new InitiativeDetailDto(Dto(initiative), byMonth, records));
    }

    private static async Task<IResult> OutcomesAsync(HttpContext context, LedgerAccess ledger, string? status, string? initiative, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        OutcomeStatus? only = null;
        if (status is not null)
        {
            if (!KebabCase.TryParse<OutcomeStatus>(status, out var s))
            {
                return ApiProblems.BadParameter("status", $"'{status}' is not a status; use one of {KebabCase.Choices<OutcomeStatus>()}");
            }

            only = s;
        }

        var number = page ?? 1;
        var size = pageSize ?? 50;
        if (number < 1)
        {
            return ApiProblems.BadParameter("page", "page starts at 1");
        }

        if (size is < 1 or > MaxPageSize)
        {
            return ApiProblems.BadParameter("pageSize", $"pageSize must be between 1 and {MaxPageSize}");
        }

        var (records, agreements) = await ledger.WithStoreAsync(
            async s =>
            {
                var outcomes = (IOutcomeStore)s;
                return (await outcomes.QueryOutcomesAsync(initiative, cancellationToken).ConfigureAwait(false), await outcomes.QueryAgreementsAsync(initiative, cancellationToken).ConfigureAwait(false));
            },
            cancellationToken).ConfigureAwait(false);
        var counting = OutcomeRules.CountingRecords(records).Select(r => r.Id).ToHashSet();
        var user = context.RequireUser();
        var visible = ledger.Organisation.Initiatives.Where(user.CanSeeInitiative).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var matching = records.Where(r => visible.Contains(r.Claim.Initiative) && (only is null || r.Status == only)).OrderBy(r => r.Id).ToList();
        var items = matching.Skip((int)Math.Min((long)(number - 1) * size, int.MaxValue)).Take(size).Select(r =>
        {
            var value = OutcomeRules.ValueOf(r.Claim, agreements);
            return new OutcomeDto(
                r.Id, r.Claim.Initiative, Money.Day(r.Claim.PeriodStart), Money.Day(r.Claim.PeriodEnd), r.Claim.Successful, r.Claim.Failed,
                value is { } v ? Money.Exact(v.Amount) : null, value?.Currency, KebabCase.Of(r.Status), counting.Contains(r.Id), r.Claim.Corrects,
                Money.Timestamp(r.RecordedAt), r.ReviewedAt is { } at ? Money.Timestamp(at) : null);
        }).ToList();
        return Results.Ok(new OutcomePageDto(items, number, size, matching.Count));
    }
}
