namespace ValueLedger.Core.Organisation;

public static partial class OrganisationValidator
{
    /// <summary>
    /// The <c>teams:</c> list: ids unique, each in a declared business unit, its initiatives declared, and no id or alias
    /// naming two teams (a Copilot team slug must point at one team). The <c>people:</c> threshold is never below 5.
    /// </summary>
    private static void CheckTeams(Organisation organisation, Dictionary<string, BusinessUnit> units, Dictionary<string, Initiative> initiatives, List<OrganisationProblem> problems)
    {
        Unique(organisation.Teams, t => t.Id, t => t.Location, "team", problems);
        var names = new Dictionary<string, People.Team>(StringComparer.OrdinalIgnoreCase);
        foreach (var team in organisation.Teams)
        {
            var name = $"team '{team.Id}'";
            if (!units.ContainsKey(team.BusinessUnit))
            {
                problems.Add(OrganisationProblem.Error(team.Location, $"{name}: business unit '{team.BusinessUnit}' is not declared"));
            }

            foreach (var initiative in team.Initiatives.Where(i => !initiatives.ContainsKey(i)))
            {
                problems.Add(OrganisationProblem.Error(team.Location, $"{name}: initiative '{initiative}' is not declared"));
            }

            foreach (var alias in team.Aliases.Append(team.Id).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (!names.TryAdd(alias, team) && !ReferenceEquals(names[alias], team) && names[alias].Id != team.Id)
                {
                    problems.Add(OrganisationProblem.Error(team.Location, $"{name}: '{alias}' already names team '{names[alias].Id}'; an alias must name one team"));
                }
            }
        }

        if (organisation.People.MinGroupSize < People.PeopleSettings.FloorGroupSize)
        {
            problems.Add(OrganisationProblem.Error(
                organisation.Teams.Count > 0 ? organisation.Teams[0].Location : new SourceLocation("organisation", 0, 0),
                $"people.min_group_size is {organisation.People.MinGroupSize}: the privacy threshold is never below {People.PeopleSettings.FloorGroupSize}"));
        }
    }
}
