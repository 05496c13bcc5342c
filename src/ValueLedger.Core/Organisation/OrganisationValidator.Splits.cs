namespace ValueLedger.Core.Organisation;

public static partial class OrganisationValidator
{
    /// <summary><c>fallback</c> and <c>by_model</c> only mean something for a telemetry split.</summary>
    private static void CheckSplitOptions(AllocationMethod method, AllocationMethod? fallback, bool sameModel, SourceLocation at, string name, List<OrganisationProblem> problems)
    {
        if (method == AllocationMethod.Telemetry)
        {
            return;
        }

        var methodName = method.ToString().ToLowerInvariant();
        if (fallback is { } declared)
        {
            problems.Add(OrganisationProblem.Error(at,
                $"{name}: 'fallback: {declared.ToString().ToLowerInvariant()}' is only meaningful with method 'telemetry', not '{methodName}'"));
        }

        if (sameModel)
        {
            problems.Add(OrganisationProblem.Warning(at, $"{name}: 'by_model' is only meaningful with method 'telemetry', not '{methodName}'; it is ignored"));
        }
    }

    /// <summary>
    /// A shared-cost policy decides only lines that no allocation rule matched, so a <c>match: any</c>
    /// rule shadows every policy while it is in force: a warning naming the period (the policy can never
    /// apply when such rules are in force at all times).
    /// </summary>
    private static void CheckShadowedPolicies(Organisation organisation, List<OrganisationProblem> problems)
    {
        var catchAll = organisation.AllocationRules
            .Where(r => r.Match.IsAny && (r.EffectiveFrom is not { } f || r.EffectiveTo is not { } t || f < t))
            .OrderBy(r => r.EffectiveFrom ?? DateOnly.MinValue)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        if (catchAll.Count == 0)
        {
            return;
        }

        var always = CoversAllTime(catchAll);
        foreach (var policy in organisation.SharedCostPolicies)
        {
            var name = $"shared-cost policy '{policy.Id}'";
            if (always)
            {
                problems.Add(OrganisationProblem.Warning(policy.Location,
                    $"{name} can never apply: allocation rule(s) {string.Join(", ", catchAll.Select(r => $"'{r.Id}'").Distinct(StringComparer.Ordinal))} match every line (match: any) at all times"));
                continue;
            }

            foreach (var rule in catchAll)
            {
                problems.Add(OrganisationProblem.Warning(policy.Location,
                    $"{name} is shadowed {Period(rule)}: allocation rule '{rule.Id}' (match: any) takes every line then"));
            }
        }
    }

    private static bool CoversAllTime(List<AllocationRule> ordered)
    {
        // Ordered by start: the union is everything when it starts unbounded and has no gap up to an unbounded end.
        if (ordered[0].EffectiveFrom is not null)
        {
            return false;
        }

        DateOnly? reach = ordered[0].EffectiveTo;
        foreach (var rule in ordered.Skip(1))
        {
            if (reach is not { } end)
            {
                return true;
            }

            if (rule.EffectiveFrom is { } start && start > end)
            {
                return false;
            }

            reach = rule.EffectiveTo is not { } to ? null : to > end ? to : end;
        }

        return reach is null;
    }

    private static string Period(AllocationRule rule) => (rule.EffectiveFrom, rule.EffectiveTo) switch
    {
        ({ } from, { } to) => $"from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}",
        ({ } from, null) => $"from {from:yyyy-MM-dd}",
        (null, { } to) => $"until {to:yyyy-MM-dd}",
        _ => "at all times",
    };
}
