using ValueLedger.Core.Value;

namespace ValueLedger.Core.Organisation;

public static partial class OrganisationValidator
{
    /// <summary>
    /// The <c>access:</c> list: each actor once, roles among <see cref="AccessRoles.All"/> and at least one,
    /// a bu-owner names the business units it owns and they are declared; units given without the
    /// bu-owner role are ignored (a warning).
    /// </summary>
    private static void CheckAccess(IReadOnlyList<AccessGrant> access, Dictionary<string, BusinessUnit> units, List<OrganisationProblem> problems)
    {
        var seen = new Dictionary<string, AccessGrant>(StringComparer.Ordinal);
        foreach (var grant in access)
        {
            var name = $"access entry '{grant.Actor}'";
            if (!seen.TryAdd(grant.Actor, grant))
            {
                var first = seen[grant.Actor].Location;
                problems.Add(OrganisationProblem.Error(grant.Location, $"duplicate access entry for actor '{grant.Actor}' (first declared at {first.File}:{first.Line}); give one entry with all its roles"));
            }

            if (grant.Roles.Count == 0)
            {
                problems.Add(OrganisationProblem.Error(grant.Location, $"{name}: no role; use one or more of {string.Join(", ", AccessRoles.All)}"));
            }

            foreach (var role in grant.Roles.Where(r => !AccessRoles.All.Contains(r, StringComparer.Ordinal)))
            {
                problems.Add(OrganisationProblem.Error(grant.Location, $"{name}: unknown role '{role}'; use one of {string.Join(", ", AccessRoles.All)}"));
            }

            var owner = grant.Roles.Contains(AccessRoles.BuOwner, StringComparer.Ordinal);
            if (owner && grant.BusinessUnits.Count == 0)
            {
                problems.Add(OrganisationProblem.Error(grant.Location, $"{name}: the {AccessRoles.BuOwner} role needs 'business_units' (the units it owns)"));
            }
            else if (!owner && grant.BusinessUnits.Count > 0)
            {
                problems.Add(OrganisationProblem.Warning(grant.Location, $"{name}: 'business_units' only matter for the {AccessRoles.BuOwner} role; they are ignored here"));
            }

            foreach (var unit in grant.BusinessUnits.Where(u => !units.ContainsKey(u)))
            {
                problems.Add(OrganisationProblem.Error(grant.Location, $"{name}: unknown business unit '{unit}'"));
            }
        }
    }
}
