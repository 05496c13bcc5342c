using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Value.Lifecycle;

/// <summary>What an actor may do to an initiative, from organisation.yaml <c>access:</c> and <c>sponsor:</c>.</summary>
public static class ActorRights
{
    public static bool HasRole(Organisation.Organisation organisation, string actor, string role)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return organisation.RolesOf(actor).Contains(role, StringComparer.Ordinal);
    }

    /// <summary>The actor holds <c>bu-owner</c> for the business unit that owns the initiative.</summary>
    public static bool OwnsBu(Organisation.Organisation organisation, string actor, Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(initiative);
        return organisation.Access.Any(a =>
            string.Equals(a.Actor, actor, StringComparison.Ordinal)
            && a.Roles.Contains(AccessRoles.BuOwner, StringComparer.Ordinal)
            && a.BusinessUnits.Contains(initiative.OwnerBu, StringComparer.Ordinal));
    }

    public static bool IsSponsor(string actor, Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return initiative.Sponsor is not null && string.Equals(initiative.Sponsor, actor, StringComparison.Ordinal);
    }

    /// <summary>Admin, or bu-owner of the owning business unit: may move, retire and set readiness.</summary>
    public static bool Manages(Organisation.Organisation organisation, string actor, Initiative initiative) =>
        HasRole(organisation, actor, AccessRoles.Admin) || OwnsBu(organisation, actor, initiative);
}
