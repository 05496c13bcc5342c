using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;

namespace ValueLedger.Web.Security;

/// <summary>
/// Who is asking and what they may see: the actor (login name or API token's actor), their roles from
/// organisation.yaml <c>access:</c>, and the business units whose figures they may read. Admin, finance and
/// viewer read every unit; a bu-owner reads only the units named in their grant (<see cref="BusinessUnits"/>).
/// Every page and endpoint filters with <see cref="CanSeeBu"/>; a unit or initiative outside the scope is
/// answered as "not found" so that ids cannot be probed.
/// </summary>
public sealed class CurrentUser
{
    private readonly HashSet<string> roles;

    public CurrentUser(string actor, IEnumerable<string> roles, IReadOnlySet<string>? businessUnits, bool viaToken)
    {
        Actor = actor;
        this.roles = new HashSet<string>(roles, StringComparer.Ordinal);
        BusinessUnits = businessUnits;
        ViaToken = viaToken;
    }

    public string Actor { get; }

    public IReadOnlyCollection<string> Roles => roles;

    /// <summary>The units this user may read; null = every unit (and ledger-wide figures).</summary>
    public IReadOnlySet<string>? BusinessUnits { get; }

    /// <summary>Authenticated with an API token (no cookie, so no CSRF token needed).</summary>
    public bool ViaToken { get; }

    public bool SeesAllBusinessUnits => BusinessUnits is null;

    public bool IsAdmin => Has(AccessRoles.Admin);

    public bool IsFinance => Has(AccessRoles.Finance);

    /// <summary>May read something (any role but ingest-only).</summary>
    public bool CanRead => IsAdmin || IsFinance || Has(AccessRoles.Viewer) || Has(AccessRoles.BuOwner);

    /// <summary>May upload bills and run allocation: admin or finance.</summary>
    public bool CanImport => IsAdmin || IsFinance;

    public bool Has(string role) => roles.Contains(role);

    public bool CanSeeBu(string? businessUnit) => BusinessUnits is null || (businessUnit is not null && BusinessUnits.Contains(businessUnit));

    public bool CanSeeInitiative(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return CanSeeBu(initiative.OwnerBu);
    }

    /// <summary>The user for <paramref name="actor"/> under <paramref name="organisation"/>'s access list.</summary>
    public static CurrentUser For(Organisation organisation, string actor, bool viaToken)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var held = organisation.RolesOf(actor);
        var wide = held.Any(r => r is AccessRoles.Admin or AccessRoles.Finance or AccessRoles.Viewer);
        IReadOnlySet<string>? units = wide
            ? null
            : organisation.Access.Where(a => string.Equals(a.Actor, actor, StringComparison.Ordinal) && a.Roles.Contains(AccessRoles.BuOwner, StringComparer.Ordinal))
                .SelectMany(a => a.BusinessUnits).ToHashSet(StringComparer.Ordinal);
        return new CurrentUser(actor, held, units, viaToken);
    }
}
