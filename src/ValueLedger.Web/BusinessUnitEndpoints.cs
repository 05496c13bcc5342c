using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Showback;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// <c>GET /api/business-units</c> (the units the user may see, with declared and effective billing mode) and
/// <c>POST /api/business-units/{id}/acknowledge</c>: the declared owner takes ownership of the unit's AI spend, the
/// step before chargeback (as <c>valueledger bu acknowledge</c>). Only the declared owner, signed in as themselves,
/// can acknowledge; the acknowledgement is audited by the store.
/// </summary>
internal static class BusinessUnitEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/business-units", ListAsync).WithName("ListBusinessUnits").WithTags("Showback")
            .WithSummary("Business units you may see: owner, declared mode, latest acknowledgement, effective mode (chargeback only when declared AND acknowledged).")
            .Produces<List<BusinessUnitDto>>();
        app.MapPost("/api/business-units/{id}/acknowledge", AcknowledgeAsync).WithName("AcknowledgeBusinessUnit").WithTags("Showback")
            .WithSummary("The unit's declared owner acknowledges ownership of its AI spend (needed before chargeback). Body: {\"note\": \"…\"} (optional).")
            .Produces<BusinessUnitDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var latest = BuAcknowledgement.LatestPerBu(await ((IShowbackStore)store).QueryAcknowledgementsAsync(cancellationToken).ConfigureAwait(false));
        return Results.Ok(ledger.Organisation.BusinessUnits.DistinctBy(b => b.Id, StringComparer.Ordinal)
            .Where(b => user.CanSeeBu(b.Id)).Select(b => Dto(b, latest.GetValueOrDefault(b.Id))).ToList());
    }

    private static async Task<IResult> AcknowledgeAsync(HttpContext context, LedgerAccess ledger, string id, AcknowledgeRequest? request, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ledger.Organisation.FindBusinessUnit(id) is not { } unit || !user.CanSeeBu(id))
        {
            return ApiProblems.NotFound("Unknown business unit", $"unknown business unit '{id}'");
        }

        if (unit.Owner is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "No declared owner", detail: $"{unit.Id} declares no owner; add 'owner:' to it in organisation.yaml first");
        }

        if (!string.Equals(user.Actor, unit.Owner, StringComparison.Ordinal))
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not the owner", detail: $"only {unit.Id}'s declared owner can acknowledge it; nothing recorded");
        }

        var note = request?.Note is { Length: > 1000 } longNote ? longNote[..1000] : request?.Note;
        var acknowledgement = new BuAcknowledgement(unit.Id, user.Actor, ledger.Time.GetUtcNow(), note);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        await ((IShowbackStore)store).RecordAcknowledgementAsync(acknowledgement, cancellationToken).ConfigureAwait(false);
        return Results.Ok(Dto(unit, acknowledgement));
    }

    private static BusinessUnitDto Dto(BusinessUnit unit, BuAcknowledgement? latest)
    {
        var state = BuBillingState.Of(unit, latest);
        return new BusinessUnitDto(
            unit.Id, unit.Name, unit.Owner, Mode(unit.Mode), Mode(state.EffectiveMode),
            state.Acknowledgement is { } a ? Money.Timestamp(a.AcknowledgedAt) : null, state.Note);
    }

    private static string Mode(BillingMode mode) => mode == BillingMode.Chargeback ? "chargeback" : "showback";
}

internal sealed record AcknowledgeRequest(string? Note);

internal sealed record BusinessUnitDto(string Id, string Name, string? Owner, string DeclaredMode, string EffectiveMode, string? AcknowledgedAt, string? Note);
