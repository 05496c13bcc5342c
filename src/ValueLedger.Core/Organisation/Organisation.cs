namespace ValueLedger.Core.Organisation;

/// <summary>
/// The organisation as code: business units, initiatives and the rules that scope and allocate AI
/// spend. Immutable; change it with <c>with</c> or the <c>With…</c> helpers and re-validate with
/// <see cref="OrganisationValidator"/>. Lookups take the first declaration of an id (duplicates are problems).
/// </summary>
public sealed record Organisation(
    IReadOnlyList<BusinessUnit> BusinessUnits,
    IReadOnlyList<Initiative> Initiatives,
    IReadOnlyList<ScopeRule> ScopeRules,
    IReadOnlyList<AllocationRule> AllocationRules,
    IReadOnlyList<SharedCostPolicy> SharedCostPolicies)
{
    public static Organisation Empty { get; } = new([], [], [], [], []);

    /// <summary>Who holds which roles (YAML <c>access:</c>); empty when the file declares none.</summary>
    public IReadOnlyList<AccessGrant> Access { get; init; } = [];

    /// <summary>Teams of people (YAML <c>teams:</c>): what the adoption ladder counts over; empty when none are declared.</summary>
    public IReadOnlyList<People.Team> Teams { get; init; } = [];

    /// <summary>The privacy threshold and ladder thresholds (YAML <c>people:</c>).</summary>
    public People.PeopleSettings People { get; init; } = ValueLedger.Core.People.PeopleSettings.Default;

    /// <summary>The team whose id or alias is <paramref name="name"/> (case-insensitive), or null.</summary>
    public People.Team? FindTeam(string name) => Teams.FirstOrDefault(t => t.IsNamed(name));

    /// <summary>The roles <paramref name="actor"/> holds (ordinal match), empty when none.</summary>
    public IReadOnlyList<string> RolesOf(string actor) =>
        [.. Access.Where(a => string.Equals(a.Actor, actor, StringComparison.Ordinal)).SelectMany(a => a.Roles).Distinct(StringComparer.Ordinal)];

    public BusinessUnit? FindBusinessUnit(string id) => BusinessUnits.FirstOrDefault(b => string.Equals(b.Id, id, StringComparison.Ordinal));

    public Initiative? FindInitiative(string id) => Initiatives.FirstOrDefault(i => string.Equals(i.Id, id, StringComparison.Ordinal));

    /// <summary>Adds the business unit, or replaces the one with the same id.</summary>
    public Organisation WithBusinessUnit(BusinessUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return this with { BusinessUnits = Upsert(BusinessUnits, unit, b => b.Id == unit.Id) };
    }

    /// <summary>Adds the initiative, or replaces the one with the same id.</summary>
    public Organisation WithInitiative(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        return this with { Initiatives = Upsert(Initiatives, initiative, i => i.Id == initiative.Id) };
    }

    /// <summary>Adds the allocation rule, or replaces the one with the same id and version.</summary>
    public Organisation WithAllocationRule(AllocationRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return this with { AllocationRules = Upsert(AllocationRules, rule, r => r.Id == rule.Id && r.Version == rule.Version) };
    }

    private static T[] Upsert<T>(IReadOnlyList<T> items, T item, Func<T, bool> same)
    {
        var list = items.ToList();
        var index = list.FindIndex(x => same(x));
        if (index >= 0)
        {
            list[index] = item;
        }
        else
        {
            list.Add(item);
        }

        return [.. list];
    }
}
