namespace ValueLedger.Core.Organisation;

public static partial class OrganisationValidator
{
    /// <summary>
    /// Checks a rule's or policy's targets against its method and a telemetry split's declared
    /// <paramref name="fallback"/> (weights then need weights summing to 1); <paramref name="emptyMeansAll"/>
    /// for shared-cost policies (no list = every business unit).
    /// </summary>
    private static void CheckTargets(AllocationMethod method, AllocationMethod? fallback, IReadOnlyList<AllocationTarget> targets, SourceLocation at, string name, bool emptyMeansAll, List<OrganisationProblem> problems)
    {
        var byWeights = method == AllocationMethod.Weights || (method == AllocationMethod.Telemetry && fallback == AllocationMethod.Weights);
        var what = method == AllocationMethod.Weights ? "weights" : "the weights of the fallback";
        if (targets.Count == 0)
        {
            if (!emptyMeansAll || byWeights)
            {
                problems.Add(OrganisationProblem.Error(at, $"{name}: no target"));
            }

            return;
        }

        if (method == AllocationMethod.Direct && targets.Count > 1)
        {
            problems.Add(OrganisationProblem.Error(at, $"{name}: a direct rule has one target; use a split for several"));
        }

        if (byWeights)
        {
            foreach (var target in targets.Where(t => t.Weight is null or <= 0m or > 1m))
            {
                problems.Add(OrganisationProblem.Error(target.Location, $"{name}: each weight must be above 0 and at most 1"));
            }

            // Exact decimal sum: 0.999 is not 1 (the missing 0.1 % would be spend allocated to nobody).
            var sum = targets.Sum(t => t.Weight ?? 0m);
            if (sum != 1m)
            {
                problems.Add(OrganisationProblem.Error(at, $"{name}: {what} sum to {sum.ToString(System.Globalization.CultureInfo.InvariantCulture)}, not 1"));
            }
        }
        else
        {
            foreach (var target in targets.Where(t => t.Weight is not null))
            {
                problems.Add(OrganisationProblem.Error(target.Location, $"{name}: a weight is only meaningful with method 'weights' or 'fallback: weights'"));
            }
        }
    }

    /// <summary>Versions of one rule id must not be in force at the same time.</summary>
    private static void CheckVersions(IReadOnlyList<AllocationRule> rules, List<OrganisationProblem> problems)
    {
        foreach (var group in rules.GroupBy(r => r.Id, StringComparer.Ordinal))
        {
            var versions = group.ToList();
            for (var i = 0; i < versions.Count; i++)
            {
                for (var j = i + 1; j < versions.Count; j++)
                {
                    var (a, b) = (versions[i], versions[j]);
                    if (a.Version == b.Version)
                    {
                        problems.Add(OrganisationProblem.Error(b.Location, $"duplicate allocation rule id '{b.Id}' version {b.Version} (first declared at {a.Location.File}:{a.Location.Line})"));
                    }
                    else if (PeriodsOverlap(a, b))
                    {
                        problems.Add(OrganisationProblem.Error(b.Location,
                            $"allocation rule '{b.Id}': version {b.Version} overlaps the effective period of version {a.Version} ({a.Location.File}:{a.Location.Line})"));
                    }
                }
            }
        }
    }

    /// <summary>Two different rules of equal priority that can match the same line: legal, resolved by id, but worth a warning.</summary>
    private static void CheckTies(IReadOnlyList<AllocationRule> rules, List<OrganisationProblem> problems)
    {
        for (var i = 0; i < rules.Count; i++)
        {
            for (var j = i + 1; j < rules.Count; j++)
            {
                var (a, b) = (rules[i], rules[j]);
                if (a.Priority != b.Priority || string.Equals(a.Id, b.Id, StringComparison.Ordinal) || !PeriodsOverlap(a, b) || !MatchesOverlap(a.Match, b.Match))
                {
                    continue;
                }

                var winner = string.CompareOrdinal(a.Id, b.Id) < 0 ? a.Id : b.Id;
                problems.Add(OrganisationProblem.Warning(b.Location,
                    $"allocation rules '{a.Id}' and '{b.Id}' have equal priority {a.Priority} and can match the same line; '{winner}' wins (lower rule id, ordinal)"));
            }
        }
    }

    private static bool PeriodsOverlap(AllocationRule a, AllocationRule b) =>
        (a.EffectiveTo is not { } aTo || b.EffectiveFrom is not { } bFrom || bFrom < aTo)
        && (b.EffectiveTo is not { } bTo || a.EffectiveFrom is not { } aFrom || aFrom < bTo);

    /// <summary>Conditions on different fields never exclude each other; on the same field they must be able to agree.</summary>
    private static bool MatchesOverlap(RuleMatch a, RuleMatch b) =>
        a.Conditions.All(x => b.Conditions
            .Where(y => y.Field == x.Field && string.Equals(y.TagKey, x.TagKey, StringComparison.Ordinal))
            .All(y => Glob.CanOverlap(x.Glob, y.Glob)));
}
