using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Security;
using ValueLedger.Web.Value;

namespace ValueLedger.Web.People;

/// <summary>
/// The operating-model registers over HTTP. The resistance-and-enabler map is organisation-wide (every reader sees it);
/// the role-redesign register is scoped to the caller's business units (another unit's entry is 404, like an unknown
/// one). PUT adds or replaces an entry (admin or finance; the store audits it as register.resistance / register.role);
/// a field that does not validate is 400 naming it.
/// </summary>
internal static class RegisterEndpoints
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/api/registers/resistances", ListResistancesAsync).WithName("ListResistances").WithTags("People")
            .WithSummary("The resistance-and-enabler map: the article's five built-in resistances (replaced by saved edits), then added entries.")
            .Produces<ResistanceListDto>();
        app.MapGet("/api/registers/resistances/{id}", GetResistanceAsync).WithName("GetResistance").WithTags("People")
            .WithSummary("One entry of the resistance-and-enabler map.").Produces<ResistanceDto>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPut("/api/registers/resistances/{id}", PutResistanceAsync).WithName("PutResistance").WithTags("People")
            .WithSummary("Add or replace an entry of the resistance-and-enabler map (admin or finance); audited as register.resistance.")
            .Produces<ResistanceDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGet("/api/registers/roles", ListRolesAsync).WithName("ListRoleChanges").WithTags("People")
            .WithSummary("The role-redesign register of the caller's business units, with people affected by unit and kind (suppressed below the privacy threshold).")
            .Produces<RoleRegisterDto>();
        app.MapGet("/api/registers/roles/{id}", GetRoleAsync).WithName("GetRoleChange").WithTags("People")
            .WithSummary("One role-redesign entry (404 outside the caller's business units).").Produces<RoleChangeDto>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapPut("/api/registers/roles/{id}", PutRoleAsync).WithName("PutRoleChange").WithTags("People")
            .WithSummary("Add or replace a role-redesign entry (admin or finance); audited as register.role.")
            .Produces<RoleChangeDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
    }

    /// <summary>May edit the registers: admin or finance.</summary>
    public static bool MayEdit(CurrentUser user) => user.IsAdmin || user.IsFinance;

    private static async Task<IResult> ListResistancesAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var entries = await reports.ResistancesAsync(cancellationToken).ConfigureAwait(false);
        return Results.Ok(new ResistanceListDto([.. entries.Select(RegisterView.Resistance)]));
    }

    private static async Task<IResult> GetResistanceAsync(HttpContext context, LedgerAccess ledger, string id, CancellationToken cancellationToken)
    {
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var entry = (await reports.ResistancesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(e => e.Id == id);
        return entry is null ? UnknownResistance(id) : Results.Ok(RegisterView.Resistance(entry));
    }

    private static async Task<IResult> PutResistanceAsync(HttpContext context, LedgerAccess ledger, string id, ResistanceRequest body, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (!MayEdit(user))
        {
            return ValueApiResults.Forbidden("only an admin or finance may edit the resistance-and-enabler map");
        }

        var (entry, field, error) = RegisterRules.Resistance(id, body, user.Actor, ledger.Time.GetUtcNow());
        if (entry is null)
        {
            return ApiProblems.BadParameter(field!, error!);
        }

        var saved = await RegisterWrites.SaveResistanceAsync(ledger, entry, cancellationToken).ConfigureAwait(false);
        return Results.Ok(RegisterView.Resistance(saved.Entry));
    }

    private static async Task<IResult> ListRolesAsync(HttpContext context, LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        return Results.Ok(RegisterView.Dto(await reports.RolesAsync(cancellationToken).ConfigureAwait(false), user));
    }

    private static async Task<IResult> GetRoleAsync(HttpContext context, LedgerAccess ledger, string id, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var row = RegisterView.Scoped(await reports.RolesAsync(cancellationToken).ConfigureAwait(false), user).Rows.FirstOrDefault(r => r.Id == id);
        return row is null ? UnknownRole(id) : Results.Ok(RegisterView.Role(row));
    }

    private static async Task<IResult> PutRoleAsync(HttpContext context, LedgerAccess ledger, string id, RoleChangeRequest body, CancellationToken cancellationToken)
    {
        var user = context.RequireUser();
        if (!MayEdit(user))
        {
            return ValueApiResults.Forbidden("only an admin or finance may edit the role-redesign register");
        }

        var (entry, field, error) = RegisterRules.Role(id, body, ledger.Organisation, user.Actor, ledger.Time.GetUtcNow());
        if (entry is null)
        {
            return ApiProblems.BadParameter(field!, error!);
        }

        await RegisterWrites.SaveRoleAsync(ledger, entry, cancellationToken).ConfigureAwait(false);
        var reports = await BehaviourServices.ReportsAsync(ledger, cancellationToken).ConfigureAwait(false);
        var row = (await reports.RolesAsync(cancellationToken).ConfigureAwait(false)).Rows.First(r => r.Id == id);
        return Results.Ok(RegisterView.Role(row));
    }

    private static IResult UnknownResistance(string id) => ApiProblems.NotFound("Unknown resistance entry", $"there is no resistance entry '{id}'");

    private static IResult UnknownRole(string id) => ApiProblems.NotFound("Unknown role change", $"there is no role-redesign entry '{id}' that you may see");
}
