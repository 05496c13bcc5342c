using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Value;

/// <summary>
/// <c>POST /api/outcomes</c> (record a claim), <c>/api/outcomes/{id}/validate</c> and <c>/reject</c> (finance), <c>POST /api/methods</c>
/// (finance agrees an attribution method). Each goes through <see cref="OutcomeService"/>, which writes its audit entry with the change.
/// </summary>
internal static class OutcomeWriteEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/outcomes", RecordAsync).WithName("RecordOutcome").WithTags("Value")
            .WithSummary("Record an outcome claim (status claimed) for an initiative you manage; finance may record for any. It counts once finance validates it.")
            .Produces<OutcomeDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/outcomes/{id:long}/validate", (HttpContext context, LedgerAccess ledger, long id, ReviewRequest? body, CancellationToken ct) =>
                ReviewAsync(context, ledger, id, OutcomeStatus.Validated, body?.Reason, ct))
            .RequireAuthorization(Policies.Finance).WithName("ValidateOutcome").WithTags("Value")
            .WithSummary("Validate a claim (finance; once; only under a method agreed at or before its period start). A second review answers 409.")
            .Produces<OutcomeDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/outcomes/{id:long}/reject", (HttpContext context, LedgerAccess ledger, long id, ReviewRequest? body, CancellationToken ct) =>
                ReviewAsync(context, ledger, id, OutcomeStatus.Rejected, body?.Reason, ct))
            .RequireAuthorization(Policies.Finance).WithName("RejectOutcome").WithTags("Value")
            .WithSummary("Reject a claim with a reason (finance; once). A second review answers 409.")
            .Produces<OutcomeDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/methods", AgreeAsync).RequireAuthorization(Policies.Finance).WithName("AgreeMethod").WithTags("Value")
            .WithSummary("Agree an attribution method for an initiative (finance, recorded as the approver). Claims count only under a method agreed at or before their period start.")
            .Produces<AgreementDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> RecordAsync(HttpContext context, LedgerAccess ledger, RecordOutcomeRequest body, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, body.Initiative ?? string.Empty) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(body.Initiative ?? string.Empty);
        }

        if (!ValueServices.MayRecord(ledger, user, initiative))
        {
            return ValueApiResults.Forbidden($"only finance, an admin or a bu-owner of {initiative.OwnerBu} may record outcomes for {initiative.Id}");
        }

        if (!DateOnly.TryParseExact(body.PeriodStart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return ApiProblems.BadParameter("periodStart", $"'{body.PeriodStart}' is not a day; use YYYY-MM-DD");
        }

        if (!DateOnly.TryParseExact(body.PeriodEnd, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return ApiProblems.BadParameter("periodEnd", $"'{body.PeriodEnd}' is not a day; use YYYY-MM-DD");
        }

        decimal? value = null;
        if (!string.IsNullOrWhiteSpace(body.Value))
        {
            if (!ValueApiResults.TryAmount(body.Value, out var amount))
            {
                return ApiProblems.BadParameter("value", $"'{body.Value}' is not an amount; use a decimal string such as \"12.50\"");
            }

            value = amount;
        }

        var claim = new OutcomeClaim(initiative.Id, start, end, body.Successful, body.Failed, value, body.Currency ?? string.Empty, body.Evidence, body.Corrects);
        try
        {
            var service = await ValueServices.OutcomesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var id = await service.RecordAsync(claim, user.Actor, cancellationToken).ConfigureAwait(false);
            return Results.Created($"/api/outcomes?initiative={Uri.EscapeDataString(initiative.Id)}", await DtoAsync(ledger, id, cancellationToken).ConfigureAwait(false));
        }
        catch (ValueRuleException refusal)
        {
            return ValueApiResults.Refused(refusal);
        }
    }

    private static async Task<IResult> ReviewAsync(HttpContext context, LedgerAccess ledger, long id, OutcomeStatus decision, string? reason, CancellationToken cancellationToken)
    {
        var (result, record, message) = await OutcomeReview.RunAsync(ledger, context.RequireUser(), id, decision, reason, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            ReviewResult.NotFound => ValueApiResults.UnknownOutcome(id),
            ReviewResult.AlreadyReviewed => ValueApiResults.Conflict(message!),
            ReviewResult.Refused => Results.Problem(detail: message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Refused by the ledger's rules"),
            _ => Results.Ok(await DtoAsync(ledger, record!.Id, cancellationToken).ConfigureAwait(false)),
        };
    }

    private static async Task<IResult> AgreeAsync(HttpContext context, LedgerAccess ledger, AgreeMethodRequest body, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, body.Initiative ?? string.Empty) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(body.Initiative ?? string.Empty);
        }

        if (!KebabCase.TryParse<AttributionMethodKind>(body.Method, out var method))
        {
            return ApiProblems.BadParameter("method", $"'{body.Method}' is not a method; use one of {KebabCase.Choices<AttributionMethodKind>()}");
        }

        if (!ValueApiResults.TryAmount(body.ValuePerOutcome, out var perOutcome))
        {
            return ApiProblems.BadParameter("valuePerOutcome", $"'{body.ValuePerOutcome}' is not an amount; use a decimal string such as \"12.50\"");
        }

        try
        {
            var service = await ValueServices.OutcomesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var a = await service.AgreeAsync(initiative.Id, method, body.MetricDefinition ?? string.Empty, perOutcome, body.Currency ?? string.Empty, user.Actor, cancellationToken).ConfigureAwait(false);
            return Results.Created(
                $"/api/initiatives/{Uri.EscapeDataString(initiative.Id)}",
                new AgreementDto(a.Initiative, KebabCase.Of(a.Method), a.MetricDefinition, Money.Exact(a.ValuePerOutcome), a.Currency, Money.Timestamp(a.AgreedAt)));
        }
        catch (ValueRuleException refusal)
        {
            return ValueApiResults.Refused(refusal);
        }
    }

    private static async Task<OutcomeDto> DtoAsync(LedgerAccess ledger, long id, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var record = await ValueServices.FindOutcomeAsync(ledger, id, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"outcome {id} was just written but cannot be read");
        var agreements = await store.QueryAgreementsAsync(record.Claim.Initiative, cancellationToken).ConfigureAwait(false);
        var all = await store.QueryOutcomesAsync(record.Claim.Initiative, cancellationToken).ConfigureAwait(false);
        return ValueApiResults.Outcome(record, agreements, OutcomeRules.CountingRecords(all).Any(r => r.Id == id));
    }
}
