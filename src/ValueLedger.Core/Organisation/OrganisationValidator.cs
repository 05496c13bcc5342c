using ValueLedger.Core.Ledger;

namespace ValueLedger.Core.Organisation;

/// <summary>
/// Checks an organisation for every problem at once (references, duplicate ids, weights, matches that
/// can never or always collide, overlapping versions). Pure; the result is ordered by file, line, column.
/// </summary>
public static partial class OrganisationValidator
{
    public static IReadOnlyList<OrganisationProblem> Validate(Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var problems = new List<OrganisationProblem>();
        var units = Unique(organisation.BusinessUnits, b => b.Id, b => b.Location, "business unit", problems);
        var initiatives = Unique(organisation.Initiatives, i => i.Id, i => i.Location, "initiative", problems);
        Unique(organisation.ScopeRules, r => r.Id, r => r.Location, "scope rule", problems);

        foreach (var initiative in organisation.Initiatives.Where(i => !units.ContainsKey(i.OwnerBu)))
        {
            problems.Add(OrganisationProblem.Error(initiative.Location, $"initiative '{initiative.Id}': owner business unit '{initiative.OwnerBu}' is not declared"));
        }

        foreach (var rule in organisation.ScopeRules)
        {
            CheckMatch(rule.Match, $"scope rule '{rule.Id}'", problems);
        }

        foreach (var rule in organisation.AllocationRules)
        {
            CheckAllocationRule(rule, units, initiatives, problems);
        }

        Unique(organisation.SharedCostPolicies, p => p.Id, p => p.Location, "shared-cost policy", problems);
        foreach (var policy in organisation.SharedCostPolicies)
        {
            var name = $"shared-cost policy '{policy.Id}'";
            CheckMatch(policy.Match, name, problems);
            CheckReferences(policy.Targets, name, units, initiatives, problems);
            CheckTargets(policy.Method, policy.Fallback, policy.Targets, policy.Location, name, emptyMeansAll: true, problems);
            CheckSplitOptions(policy.Method, policy.Fallback, policy.SameModel, policy.Location, name, problems);
        }

        CheckShadowedPolicies(organisation, problems);

        CheckAccess(organisation.Access, units, problems);
        CheckTeams(organisation, units, initiatives, problems);
        CheckVersions(organisation.AllocationRules, problems);
        CheckTies(organisation.AllocationRules, problems);
        return [.. problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
    }

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string what, List<OrganisationProblem> problems)
    {
        var seen = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!seen.TryAdd(id(item), item))
            {
                var first = at(seen[id(item)]);
                problems.Add(OrganisationProblem.Error(at(item), $"duplicate {what} id '{id(item)}' (first declared at {first.File}:{first.Line})"));
            }
        }

        return seen;
    }

    private static void CheckMatch(RuleMatch match, string rule, List<OrganisationProblem> problems)
    {
        if (!match.IsAny && match.Conditions.Count == 0)
        {
            problems.Add(OrganisationProblem.Error(match.Location, $"{rule}: empty match; a rule that matches everything must say 'match: any'"));
        }

        foreach (var condition in match.Conditions)
        {
            var name = condition.Field == MatchFields.Tag ? $"tag '{condition.TagKey}'" : condition.Field;
            if (condition.Glob.Length == 0)
            {
                problems.Add(OrganisationProblem.Error(condition.Location, $"{rule}: {name} pattern is empty and can never match"));
            }
            else if (condition.Field == MatchFields.Provider && !condition.Glob.Contains('*', StringComparison.Ordinal)
                && !string.Equals(ProviderNames.Canonicalize(condition.Glob), condition.Glob, StringComparison.Ordinal))
            {
                // The ledger stores canonical provider ids only, so any other spelling never matches.
                problems.Add(OrganisationProblem.Error(condition.Location,
                    $"{rule}: provider '{condition.Glob}' can never match: the ledger stores canonical provider ids; use '{ProviderNames.Canonicalize(condition.Glob)}'"));
            }
        }
    }

    private static void CheckAllocationRule(AllocationRule rule, Dictionary<string, BusinessUnit> units, Dictionary<string, Initiative> initiatives, List<OrganisationProblem> problems)
    {
        var name = $"allocation rule '{rule.Id}'";
        CheckMatch(rule.Match, name, problems);
        if (rule.EffectiveFrom is { } from && rule.EffectiveTo is { } to && to <= from)
        {
            problems.Add(OrganisationProblem.Error(rule.Location, $"{name}: effective_to {to:yyyy-MM-dd} is not after effective_from {from:yyyy-MM-dd}; the rule can never apply"));
        }

        CheckReferences(rule.Targets, name, units, initiatives, problems);
        CheckTargets(rule.Method, rule.Fallback, rule.Targets, rule.Location, name, emptyMeansAll: false, problems);
        CheckSplitOptions(rule.Method, rule.Fallback, rule.SameModel, rule.Location, name, problems);
    }

    private static void CheckReferences(IReadOnlyList<AllocationTarget> targets, string name, Dictionary<string, BusinessUnit> units, Dictionary<string, Initiative> initiatives, List<OrganisationProblem> problems)
    {
        foreach (var target in targets)
        {
            if (!units.ContainsKey(target.Bu))
            {
                problems.Add(OrganisationProblem.Error(target.Location, $"{name}: unknown business unit '{target.Bu}'"));
            }

            if (target.Initiative is { } initiative)
            {
                if (!initiatives.TryGetValue(initiative, out var found))
                {
                    problems.Add(OrganisationProblem.Error(target.Location, $"{name}: unknown initiative '{initiative}'"));
                }
                else if (!string.Equals(found.OwnerBu, target.Bu, StringComparison.Ordinal))
                {
                    problems.Add(OrganisationProblem.Warning(target.Location, $"{name}: initiative '{initiative}' is owned by '{found.OwnerBu}', not '{target.Bu}'"));
                }
            }
        }
    }
}
