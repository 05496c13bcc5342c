using ValueLedger.Core.Organisation;

namespace ValueLedger.Importers.Organisation;

/// <summary>Collects the entities and problems of all files of one organisation.</summary>
internal sealed class OrganisationBuilder
{
    public List<BusinessUnit> BusinessUnits { get; } = [];

    public List<Initiative> Initiatives { get; } = [];

    public List<ScopeRule> ScopeRules { get; } = [];

    public List<AllocationRule> AllocationRules { get; } = [];

    public List<SharedCostPolicy> SharedCostPolicies { get; } = [];

    public List<AccessGrant> Access { get; } = [];

    public List<Core.People.Team> Teams { get; } = [];

    public Core.People.PeopleSettings? People { get; set; }

    public List<OrganisationProblem> Problems { get; } = [];

    public Core.Organisation.Organisation Build() =>
        new([.. BusinessUnits], [.. Initiatives], [.. ScopeRules], [.. AllocationRules], [.. SharedCostPolicies]) { Access = [.. Access], Teams = [.. Teams], People = People ?? Core.People.PeopleSettings.Default };
}
