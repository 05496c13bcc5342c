using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages;
using ValueLedger.Web.Pages.People;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// <c>GET /registers</c> (the role-redesign register, scoped to the user's units), <c>GET /registers/resistances</c> (the
/// resistance-and-enabler map, organisation-wide: every reader sees it) and its forms: <c>POST /registers/resistances[/{id}]</c> and <c>POST /registers/roles[/{id}]</c> (admin or finance;
/// others 403). Each form redirects back with a notice (post/redirect/get); a repeated submission says "unchanged".
/// </summary>
internal static class RegisterPageEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/registers", PageAsync).ExcludeFromDescription();
        app.MapGet("/registers/resistances", ResistancesPageAsync).ExcludeFromDescription();
        app.MapPost("/registers/resistances", (HttpContext c, LedgerAccess l, CancellationToken ct) => ResistanceAsync(c, l, null, ct)).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/registers/resistances/{id}", (HttpContext c, LedgerAccess l, string id, CancellationToken ct) => ResistanceAsync(c, l, id, ct)).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/registers/roles", (HttpContext c, LedgerAccess l, CancellationToken ct) => RoleAsync(c, l, null, ct)).DisableAntiforgery().ExcludeFromDescription();
        app.MapPost("/registers/roles/{id}", (HttpContext c, LedgerAccess l, string id, CancellationToken ct) => RoleAsync(c, l, id, ct)).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> PageAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var roles = await reports.RolesAsync(cancellationToken).ConfigureAwait(false);
        var units = ledger.Organisation.BusinessUnits.Where(b => user.CanSeeBu(b.Id)).Select(b => new KeyValuePair<string, string>(b.Id, b.Name)).ToList();
        var model = new RegistersPageModel(roles, RegisterView.Scoped(roles, user), [.. RegisterView.VisibleUnits(roles, user)], user.SeesAllBusinessUnits, RegisterEndpoints.MayEdit(user), units);
        return PageResults.Render<RegistersPage>(new { Shell = PageResults.Shell(context, "Role redesign register", "registers"), Model = model });
    }

    private static async Task<IResult> ResistancesPageAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var resistances = await reports.ResistancesAsync(cancellationToken).ConfigureAwait(false);
        return PageResults.Render<RegistersResistancesPage>(new
        {
            Shell = PageResults.Shell(context, "Resistance and enabler map", "registers"), Resistances = resistances, CanEdit = RegisterEndpoints.MayEdit(user),
        });
    }

    private static async Task<IResult> ResistanceAsync(HttpContext context, LedgerAccess ledger, string? id, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (!RegisterEndpoints.MayEdit(user))
        {
            return PageResults.Render<ForbiddenPage>(new { Shell = PageResults.Shell(context, "Not allowed", "registers") }, StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var adding = id is null;
        id ??= RegisterRules.Slug(form["id"].ToString() is { Length: > 0 } given ? given : form["stakeholderGroup"] + " " + form["resistance"]);
        var body = new ResistanceRequest(form["stakeholderGroup"], form["resistance"], form["counter"], form["owner"], form["status"]);
        var (entry, field, error) = RegisterRules.Resistance(id, body, user.Actor, ledger.Time.GetUtcNow());
        if (entry is null)
        {
            return PageResults.SeeOther("/registers/resistances", error: $"not saved: {field}: {error}");
        }

        if (adding && await RegisterWrites.FindResistanceAsync(ledger, id, cancellationToken).ConfigureAwait(false) is { } existing && !RegisterRules.Same(existing, entry))
        {
            return PageResults.SeeOther("/registers/resistances", error: $"not saved: an entry '{id}' already exists; edit it instead");
        }

        var (_, changed) = await RegisterWrites.SaveResistanceAsync(ledger, entry, cancellationToken).ConfigureAwait(false);
        return PageResults.SeeOther("/registers/resistances", notice: changed ? $"resistance '{id}' saved" : $"resistance '{id}' unchanged (already saved)");
    }

    private static async Task<IResult> RoleAsync(HttpContext context, LedgerAccess ledger, string? id, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (!RegisterEndpoints.MayEdit(user))
        {
            return PageResults.Render<ForbiddenPage>(new { Shell = PageResults.Shell(context, "Not allowed", "registers") }, StatusCodes.Status403Forbidden);
        }

        var form = await context.Request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var adding = id is null;
        id ??= RegisterRules.Slug(form["id"].ToString() is { Length: > 0 } given ? given : form["businessUnit"] + " " + form["role"]);
        var body = new RoleChangeRequest(
            form["role"], form["businessUnit"], form["kind"], Whole(form["peopleAffected"]), form["reskillingPlan"], Whole(form["reskillingProgressPercent"]));
        var (entry, field, error) = RegisterRules.Role(id, body, ledger.Organisation, user.Actor, ledger.Time.GetUtcNow());
        if (entry is null)
        {
            return PageResults.SeeOther("/registers", error: $"not saved: {field}: {error}");
        }

        if (adding && await RegisterWrites.FindRoleAsync(ledger, id, cancellationToken).ConfigureAwait(false) is { } existing && !RegisterRules.Same(existing, entry))
        {
            return PageResults.SeeOther("/registers", error: $"not saved: a role entry '{id}' already exists; edit it instead");
        }

        var (_, changed) = await RegisterWrites.SaveRoleAsync(ledger, entry, cancellationToken).ConfigureAwait(false);
        return PageResults.SeeOther("/registers", notice: changed ? $"role '{id}' saved" : $"role '{id}' unchanged (already saved)");
    }

    private static int? Whole(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
