using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;
using ValueLedger.Web.Value;

namespace ValueLedger.Web.Pages;

/// <summary>
/// <c>GET /initiatives</c> and <c>/initiatives/{id}</c> (scoped: another unit's initiative is a 404 page like an unknown id), and the
/// detail page's forms: readiness, advance, retire, J-curve sign. They call <see cref="Core.Value.Lifecycle.InitiativeService"/> like
/// the CLI and redirect back with a notice; a refusal renders the page (422) listing every unmet condition; a role that may not act is 403.
/// </summary>
internal static class InitiativesEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/initiatives", async (HttpContext context, LedgerAccess ledger, CancellationToken ct) =>
        {
            var rows = await InitiativeViews.ListAsync(ledger, context.RequireUser(), ct).ConfigureAwait(false);
            return PageResults.Render<InitiativesPage>(new { Shell = PageResults.Shell(context, "Initiatives", "initiatives"), Rows = rows });
        }).ExcludeFromDescription();
        app.MapGet("/initiatives/{id}", (HttpContext context, LedgerAccess ledger, string id, CancellationToken ct) => DetailAsync(context, ledger, id, null, ct))
            .ExcludeFromDescription();
        app.MapPost("/initiatives/{id}/readiness", ReadinessAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/initiatives/{id}/advance", (HttpContext context, LedgerAccess ledger, string id, CancellationToken ct) => MoveAsync(context, ledger, id, retire: false, ct))
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/initiatives/{id}/retire", (HttpContext context, LedgerAccess ledger, string id, CancellationToken ct) => MoveAsync(context, ledger, id, retire: true, ct))
            .DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/initiatives/{id}/jcurve/{version:int}/sign", SignAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/initiatives/{id}/jcurve", DeclareAsync).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/initiatives/{id}/outcomes", RecordAsync).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> DetailAsync(HttpContext context, LedgerAccess ledger, string id, (string Headline, IReadOnlyList<string> Reasons)? refusal, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, id) is not { } initiative)
        {
            return NotFound(context, id);
        }

        var model = await InitiativeViews.DetailAsync(ledger, user, initiative, cancellationToken).ConfigureAwait(false);
        var shell = PageResults.Shell(context, $"{initiative.Name} ({initiative.Id})", "initiatives");
        return refusal is null
            ? PageResults.Render<InitiativePage>(new { Shell = shell, Model = model })
            : PageResults.Render<InitiativePage>(new { Shell = shell, Model = model with { Refusal = refusal } }, StatusCodes.Status422UnprocessableEntity);
    }

    private static RazorComponentResult<InitiativeNotFoundPage> NotFound(HttpContext context, string id) => PageResults.Render<InitiativeNotFoundPage>(
        new { Shell = PageResults.Shell(context, "Initiative not found", "initiatives"), Id = id }, StatusCodes.Status404NotFound);

    private static RazorComponentResult<ForbiddenPage> Forbidden(HttpContext context) =>
        PageResults.Render<ForbiddenPage>(new { Shell = PageResults.Shell(context, "Not allowed", "initiatives") }, StatusCodes.Status403Forbidden);

    private static string Back(Initiative initiative) => "/initiatives/" + Uri.EscapeDataString(initiative.Id);

    /// <summary>Runs a form's action: 404 out of scope, 403 without the right, the page with the refusal, else back with the notice.</summary>
    private static async Task<IResult> ActAsync(
        HttpContext context, LedgerAccess ledger, string id, Func<CurrentUser, Initiative, bool> allowed, Func<CurrentUser, Initiative, IFormCollection, Task<string>> action, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (ValueServices.Visible(ledger, user, id) is not { } initiative)
        {
            return NotFound(context, id);
        }

        if (!allowed(user, initiative))
        {
            return Forbidden(context);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var notice = await action(user, initiative, form).ConfigureAwait(false);
            return PageResults.SeeOther(Back(initiative), notice: notice);
        }
        catch (FormRefusal refusal)
        {
            return await DetailAsync(context, ledger, id, (refusal.Headline, refusal.Reasons), cancellationToken).ConfigureAwait(false);
        }
        catch (ValueRuleException refusal)
        {
            // The service's message is "what: why"; shown whole as one reason (a reason may itself contain "; ").
            var colon = refusal.Message.IndexOf(": ", StringComparison.Ordinal);
            var refused = colon < 0 ? ("not done", (IReadOnlyList<string>)[refusal.Message]) : (refusal.Message[..colon], [refusal.Message[(colon + 2)..]]);
            return await DetailAsync(context, ledger, id, refused, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task<IResult> ReadinessAsync(HttpContext context, LedgerAccess ledger, string id, CancellationToken cancellationToken) => ActAsync(
        context, ledger, id, (user, initiative) => ValueServices.MaySetReadiness(ledger, user, initiative),
        async (user, initiative, form) =>
        {
            if (!KebabCase.TryParse<ReadinessControl>(form["control"], out var control) || !KebabCase.TryParse<ReadinessState>(form["state"], out var state))
            {
                throw new ValueRuleException($"readiness not set: choose a control ({KebabCase.Choices<ReadinessControl>()}); choose a state ({KebabCase.Choices<ReadinessState>()})");
            }

            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var entry = await service.SetReadinessAsync(initiative.Id, control, state, Blank(form["evidence"]), Blank(form["reason"]), user.Actor, cancellationToken).ConfigureAwait(false);
            return $"readiness {KebabCase.Of(entry.Control)} of {initiative.Id} set to {KebabCase.Of(entry.State)}";
        },
        cancellationToken);

    private static Task<IResult> MoveAsync(HttpContext context, LedgerAccess ledger, string id, bool retire, CancellationToken cancellationToken) => ActAsync(
        context, ledger, id, (user, initiative) => ValueServices.Manages(ledger, user, initiative),
        async (user, initiative, form) =>
        {
            var to = InitiativeStage.Retired;
            if (!retire && !KebabCase.TryParse(form["to"], out to))
            {
                throw new ValueRuleException($"{initiative.Id} not moved: choose a stage ({KebabCase.Choices<InitiativeStage>()})");
            }

            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var state = await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
            if (state.Stage == to)
            {
                // A double-submitted form: the first request already moved it.
                return $"{initiative.Id} is already {KebabCase.Of(to)}; nothing changed";
            }

            // The gates' own list, so that the page shows every unmet condition as its own line.
            var refusals = Core.Value.Lifecycle.LifecycleGates.RefusalsForMove(state, to, Blank(form["reason"]), actorManages: true);
            if (refusals.Count > 0)
            {
                throw new FormRefusal($"{initiative.Id} cannot move from {KebabCase.Of(state.Stage)} to {KebabCase.Of(to)}", refusals);
            }

            var t = await service.AdvanceAsync(initiative.Id, to, user.Actor, Blank(form["reason"]), cancellationToken).ConfigureAwait(false);
            return $"{initiative.Id} moved from {KebabCase.Of(t.From)} to {KebabCase.Of(t.To)}";
        },
        cancellationToken);

    private static Task<IResult> SignAsync(HttpContext context, LedgerAccess ledger, string id, int version, CancellationToken cancellationToken) => ActAsync(
        context, ledger, id, (user, initiative) => ValueServices.MaySign(user, initiative),
        async (user, initiative, _) =>
        {
            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var text = version.ToString(CultureInfo.InvariantCulture);
            var state = await service.LoadStateAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
            if (state.JCurves.FirstOrDefault(j => j.Version == version) is { IsSigned: true })
            {
                return $"J-curve version {text} of {initiative.Id} was already signed; nothing changed";
            }

            await service.SignJCurveAsync(initiative.Id, version, user.Actor, cancellationToken).ConfigureAwait(false);
            return $"J-curve version {text} of {initiative.Id} signed";
        },
        cancellationToken);

    private static Task<IResult> DeclareAsync(HttpContext context, LedgerAccess ledger, string id, CancellationToken cancellationToken) => ActAsync(
        context, ledger, id, (user, initiative) => ValueServices.MayDeclare(ledger, user, initiative),
        async (user, initiative, form) =>
        {
            var declaration = JCurveForm.Parse(initiative.Id, form, user.Actor);
            var service = await ValueServices.InitiativesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var version = await service.DeclareJCurveAsync(declaration, user.Actor, cancellationToken).ConfigureAwait(false);
            return $"J-curve version {version.ToString(CultureInfo.InvariantCulture)} of {initiative.Id} declared; the sponsor signs it";
        },
        cancellationToken);

    private static Task<IResult> RecordAsync(HttpContext context, LedgerAccess ledger, string id, CancellationToken cancellationToken) => ActAsync(
        context, ledger, id, (user, initiative) => ValueServices.MayRecord(ledger, user, initiative),
        async (user, initiative, form) =>
        {
            var claim = OutcomeClaimForm.Parse(initiative.Id, form);
            var service = await ValueServices.OutcomesAsync(ledger, cancellationToken).ConfigureAwait(false);
            var recorded = await service.RecordAsync(claim, user.Actor, cancellationToken).ConfigureAwait(false);
            return $"outcome {recorded.ToString(CultureInfo.InvariantCulture)} recorded as a claim for {initiative.Id}; it counts once finance validates it";
        },
        cancellationToken);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
