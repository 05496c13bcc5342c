using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Value;

/// <summary>
/// The initiative life cycle over HTTP, through <see cref="InitiativeService"/> like the CLI: declare and sign J-curves, set readiness
/// controls, advance and retire. An initiative outside the user's business units is 404 (like an unknown one); a role that may not act
/// on a visible one is 403; a gate or rule refusal is 422 listing every unmet condition; signing a signed version is 409.
/// </summary>
internal static class InitiativeWriteEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapPost("/api/initiatives/{id}/jcurve", DeclareAsync).WithName("DeclareJCurve").WithTags("Value")
            .WithSummary("Declare a new J-curve version (admin, the owning unit's bu-owner or the sponsor); the sponsor then signs it.")
            .Produces<JCurveVersionDto>(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/initiatives/{id}/jcurve/{version:int}/sign", SignAsync).WithName("SignJCurve").WithTags("Value")
            .WithSummary("Sign a J-curve version (the sponsor or an admin); a signed version never changes (409 when already signed).")
            .Produces<JCurveVersionDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPut("/api/initiatives/{id}/readiness/{control}", ReadinessAsync).WithName("SetReadiness").WithTags("Value")
            .WithSummary("Set a readiness control: missing, in-progress, evidenced (with an http(s) link) or waived (admin or finance, with a reason).")
            .Produces<ReadinessDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/initiatives/{id}/advance", (HttpContext context, LedgerAccess ledger, string id, AdvanceRequest body, CancellationToken ct) =>
                KebabCase.TryParse<InitiativeStage>(body.To, out var to)
                    ? MoveAsync(context, ledger, id, to, body.Reason, ct)
                    : Task.FromResult(ApiProblems.BadParameter("to", $"'{body.To}' is not a stage; use one of {KebabCase.Choices<InitiativeStage>()}")))
            .WithName("AdvanceInitiative").WithTags("Value")
            .WithSummary("Move an initiative one stage forward through its gates, or one back with a reason (admin or the owning unit's bu-owner).")
            .Produces<TransitionDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        app.MapPost("/api/initiatives/{id}/retire", (HttpContext context, LedgerAccess ledger, string id, RetireRequest body, CancellationToken ct) =>
                MoveAsync(context, ledger, id, InitiativeStage.Retired, body.Reason, ct))
            .WithName("RetireInitiative").WithTags("Value")
            .WithSummary("Retire an initiative from any stage with a reason (admin or the owning unit's bu-owner).")
            .Produces<TransitionDto>().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<IResult> DeclareAsync(HttpContext context, LedgerAccess ledger, string id, DeclareJCurveRequest body, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, id) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(id);
        }

        if (!ValueServices.MayDeclare(ledger, user, initiative))
        {
            return ValueApiResults.Forbidden($"only an admin, a bu-owner of {initiative.OwnerBu} or the sponsor may declare a J-curve for {initiative.Id}");
        }

        if (!DateOnly.TryParseExact(body.StartMonth + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return ApiProblems.BadParameter("startMonth", $"'{body.StartMonth}' is not a month; use YYYY-MM");
        }

        var amounts = new (string Name, string? Text)[]
        {
            ("monthlyCost", body.MonthlyCost), ("troughDepth", body.TroughDepth), ("targetMonthlyNet", body.TargetMonthlyNet), ("tolerance", body.Tolerance),
        };
        var parsed = new decimal[amounts.Length];
        for (var i = 0; i < amounts.Length; i++)
        {
            if (!ValueApiResults.TryAmount(amounts[i].Text, out parsed[i]))
            {
                return ApiProblems.BadParameter(amounts[i].Name, $"'{amounts[i].Text}' is not an amount; use a decimal string such as \"12.50\"");
            }
        }

        var declaration = new JCurveDeclaration(
            initiative.Id, 0, start, parsed[0], body.TroughMonth, parsed[1], body.MaturityMonth, parsed[2], parsed[3], (body.Currency ?? string.Empty).Trim().ToUpperInvariant(),
            user.Actor, default, null, null);
        try
        {
            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var version = await service.DeclareJCurveAsync(declaration, user.Actor, cancellationToken).ConfigureAwait(false);
            var stored = (await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false)).JCurves.First(j => j.Version == version);
            return Results.Created($"/initiatives/{Uri.EscapeDataString(initiative.Id)}", ValueApiResults.JCurve(stored));
        }
        catch (ValueRuleException refusal)
        {
            return ValueApiResults.Refused(refusal);
        }
    }

    private static async Task<IResult> SignAsync(HttpContext context, LedgerAccess ledger, string id, int version, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, id) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(id);
        }

        if (!ValueServices.MaySign(user, initiative))
        {
            return ValueApiResults.Forbidden($"only the sponsor of {initiative.Id} or an admin may sign its J-curve");
        }

        var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
        var before = (await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false)).JCurves.FirstOrDefault(j => j.Version == version);
        if (before is null)
        {
            return ApiProblems.NotFound("Unknown J-curve version", $"{initiative.Id} has no J-curve version {version.ToString(CultureInfo.InvariantCulture)}");
        }

        if (before.IsSigned)
        {
            return ValueApiResults.Conflict($"J-curve version {version.ToString(CultureInfo.InvariantCulture)} of {initiative.Id} was already signed at {Money.Timestamp(before.SignedAt!.Value)}; a signed version never changes (declare a new version)");
        }

        try
        {
            await service.SignJCurveAsync(initiative.Id, version, user.Actor, cancellationToken).ConfigureAwait(false);
        }
        catch (ValueRuleException refusal)
        {
            return ValueApiResults.Conflict(refusal.Message);
        }

        var after = (await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false)).JCurves.First(j => j.Version == version);
        return Results.Ok(ValueApiResults.JCurve(after));
    }

    private static async Task<IResult> ReadinessAsync(HttpContext context, LedgerAccess ledger, string id, string control, ReadinessRequest body, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, id) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(id);
        }

        if (!KebabCase.TryParse<ReadinessControl>(control, out var which))
        {
            return ApiProblems.BadParameter("control", $"'{control}' is not a readiness control; use one of {KebabCase.Choices<ReadinessControl>()}");
        }

        if (!KebabCase.TryParse<ReadinessState>(body.State, out var state))
        {
            return ApiProblems.BadParameter("state", $"'{body.State}' is not a readiness state; use one of {KebabCase.Choices<ReadinessState>()}");
        }

        var allowed = state == ReadinessState.Waived ? user.IsAdmin || user.IsFinance : ValueServices.Manages(ledger, user, initiative);
        if (!allowed)
        {
            return ValueApiResults.Forbidden(state == ReadinessState.Waived
                ? "only an admin or finance may waive a readiness control"
                : $"only an admin or a bu-owner of {initiative.OwnerBu} may set the readiness of {initiative.Id}");
        }

        try
        {
            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var entry = await service.SetReadinessAsync(initiative.Id, which, state, body.Evidence, body.Reason, user.Actor, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new ReadinessDto(entry.Initiative, KebabCase.Of(entry.Control), KebabCase.Of(entry.State), entry.EvidenceLink, entry.Reason, Money.Timestamp(entry.At)));
        }
        catch (ValueRuleException refusal)
        {
            return ValueApiResults.Refused(refusal);
        }
    }

    private static async Task<IResult> MoveAsync(HttpContext context, LedgerAccess ledger, string id, InitiativeStage to, string? reason, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, id) is not { } initiative)
        {
            return ValueApiResults.UnknownInitiative(id);
        }

        if (!ValueServices.Manages(ledger, user, initiative))
        {
            return ValueApiResults.Forbidden($"only an admin or a bu-owner of {initiative.OwnerBu} may change the stage of {initiative.Id}");
        }

        try
        {
            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var t = await service.AdvanceAsync(initiative.Id, to, user.Actor, reason, cancellationToken).ConfigureAwait(false);
            return Results.Ok(new TransitionDto(t.Initiative, KebabCase.Of(t.From), KebabCase.Of(t.To), Money.Timestamp(t.At), t.Reason));
        }
        catch (ValueRuleException refusal)
        {
            return ValueApiResults.Refused(refusal);
        }
    }
}
