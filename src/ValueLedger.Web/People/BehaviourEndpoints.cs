using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages;
using ValueLedger.Web.Pages.People;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// The behavioural P&amp;L: <c>GET /api/people/behaviour</c>, the page <c>/behaviour</c> (every visible initiative and the
/// capacity conversion across them; <c>/capacity</c> answers with that section) and <c>/behaviour/{initiative}</c>.
/// A bu-owner sees only their units' initiatives; another initiative is 404 like an unknown one.
/// </summary>
internal static class BehaviourEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/people/behaviour", ApiAsync).WithName("GetBehaviour").WithTags("People")
            .WithSummary("Behavioural outcomes per initiative over the months [from, to) (YYYY-MM, to excluded; default the latest six with people data): trust (override vs error rate, "
                + "reliance signal), review burden, learning, capacity captured and its disposition, beside validated value and allocated cost. "
                + "People figures below the privacy threshold are shown as below-threshold, never as numbers.")
            .Produces<BehaviourDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/behaviour", (HttpContext context, LedgerAccess ledger, string? from, string? to, CancellationToken ct) => PageAsync(context, ledger, from, to, null, ct))
            .ExcludeFromDescription();
        app.MapGet("/behaviour/{initiative}", (HttpContext context, LedgerAccess ledger, string initiative, string? from, string? to, CancellationToken ct) =>
            PageAsync(context, ledger, from, to, initiative, ct)).ExcludeFromDescription();
        app.MapGet("/capacity", (HttpContext context) => Results.Redirect("/behaviour" + context.Request.QueryString + "#capacity")).ExcludeFromDescription();
    }

    private static async Task<IResult> ApiAsync(HttpContext context, LedgerAccess ledger, string? from, string? to, string? initiative, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var only = string.IsNullOrWhiteSpace(initiative) ? null : initiative.Trim();
        if (only is not null && BehaviourServices.Visible(ledger, user, only) is null)
        {
            return ApiProblems.NotFound("Unknown initiative", $"unknown initiative '{only}'");
        }

        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var range = await BehaviourServices.RangeAsync(from, to, reports, ledger.Time, cancellationToken).ConfigureAwait(false);
        if (range.Error is not null)
        {
            return ApiProblems.BadParameter(range.Parameter!, range.Error);
        }

        var report = await reports.BehaviourAsync(range.From, range.To, only, user.BusinessUnits, cancellationToken).ConfigureAwait(false);
        return Results.Ok(BehaviourView.Dto(BehaviourView.Scoped(report, BehaviourServices.VisibleIds(ledger, user), only)));
    }

    private static async Task<IResult> PageAsync(HttpContext context, LedgerAccess ledger, string? from, string? to, string? initiative, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (initiative is not null && BehaviourServices.Visible(ledger, user, initiative) is null)
        {
            return PageResults.Render<InitiativeNotFoundPage>(
                new { Shell = PageResults.Shell(context, "Initiative not found", "behaviour"), Id = initiative }, StatusCodes.Status404NotFound);
        }

        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var range = await BehaviourServices.RangeAsync(from, to, reports, ledger.Time, cancellationToken).ConfigureAwait(false);
        if (range.Error is not null)
        {
            // A hand-edited query: show the default range with the reason rather than an error page.
            return PageResults.SeeOther(initiative is null ? "/behaviour" : "/behaviour/" + Uri.EscapeDataString(initiative), error: range.Error);
        }

        var report = await reports.BehaviourAsync(range.From, range.To, initiative, user.BusinessUnits, cancellationToken).ConfigureAwait(false);
        var scoped = BehaviourView.Scoped(report, BehaviourServices.VisibleIds(ledger, user), initiative);
        var model = new BehaviourPageModel(scoped, BehaviourServices.Text(range.From), BehaviourServices.Text(range.To));
        if (initiative is null)
        {
            return PageResults.Render<BehaviourPage>(new { Shell = PageResults.Shell(context, "Behavioural P&L", "behaviour"), Model = model });
        }

        var name = (scoped.Initiatives.Count > 0 ? scoped.Initiatives[0].Name : null) ?? ledger.Organisation.FindInitiative(initiative)!.Name;
        return PageResults.Render<BehaviourInitiativePage>(new { Shell = PageResults.Shell(context, $"Behavioural P&L: {name}", "behaviour"), Model = model, Initiative = initiative });
    }
}
