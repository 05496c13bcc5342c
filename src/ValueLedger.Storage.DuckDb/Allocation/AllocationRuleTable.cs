using DuckDB.NET.Data;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;

namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// Writes an organisation's allocation rules and shared-cost policies into TEMP tables of one
/// connection, so that the allocation is a few set-based statements:
/// <list type="bullet">
/// <item><c>alloc_rules</c>: one row per rule version, then one per policy. <c>rule_key</c> is the rank:
/// rules by priority, then rule id ordinal, then version; policies after every rule, in file order. So
/// the first match is the lowest key, and a policy decides only when no rule matched. <c>method</c>,
/// <c>fallback</c> (a telemetry split's declared even|weights, or null) are lower-case method names.</item>
/// <item><c>alloc_conditions</c>: each glob as a lower-case LIKE pattern (escape <c>\</c>).</item>
/// <item><c>alloc_targets</c>: the targets in declared order; a policy without targets gets every
/// business unit of the organisation, in declared order.</item>
/// </list>
/// </summary>
internal static class AllocationRuleTable
{
    public static async Task WriteAsync(DuckDBConnection connection, Core.Organisation.Organisation organisation, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, """
            CREATE OR REPLACE TEMP TABLE alloc_rules (rule_key INTEGER, rule_kind VARCHAR, rule_id VARCHAR, rule_version INTEGER, effective_from TIMESTAMP, effective_to TIMESTAMP,
                                                      method VARCHAR, fallback VARCHAR, same_model BOOLEAN);
            CREATE OR REPLACE TEMP TABLE alloc_conditions (rule_key INTEGER, field VARCHAR, tag_path VARCHAR, pattern VARCHAR);
            CREATE OR REPLACE TEMP TABLE alloc_targets (rule_key INTEGER, target_ord INTEGER, bu VARCHAR, initiative VARCHAR, weight DECIMAL(38,18));
            """, cancellationToken).ConfigureAwait(false);

        // A rule or policy with neither `match: any` nor a condition is a validation error, never a catch-all.
        var rules = organisation.AllocationRules
            .Where(r => r.Match.IsAny || r.Match.Conditions.Count > 0)
            .OrderBy(r => r.Priority)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Version)
            .ToList();
        var policies = organisation.SharedCostPolicies.Where(p => p.Match.IsAny || p.Match.Conditions.Count > 0).ToList();
        IReadOnlyList<AllocationTarget> everyUnit = [.. organisation.BusinessUnits.Select(b => b.Id).Distinct(StringComparer.Ordinal).Select(id => new AllocationTarget(id, null, null, SourceLocation.None))];

        using var conditionRows = connection.CreateAppender("temp", "main", "alloc_conditions");
        using var targetRows = connection.CreateAppender("temp", "main", "alloc_targets");
        for (var key = 0; key < rules.Count + policies.Count; key++)
        {
            RuleMatch match;
            IReadOnlyList<AllocationTarget> targets;
            (string, object?)[] row;
            if (key < rules.Count)
            {
                var rule = rules[key];
                row = [("kind", "rule"), ("id", rule.Id), ("version", rule.Version), ("from", Midnight(rule.EffectiveFrom)), ("to", Midnight(rule.EffectiveTo)),
                       ("method", Name(rule.Method)), ("fallback", Name(rule.Fallback)), ("same_model", rule.SameModel)];
                (match, targets) = (rule.Match, rule.Targets);
            }
            else
            {
                var policy = policies[key - rules.Count];
                row = [("kind", "policy"), ("id", policy.Id), ("version", 1), ("from", null), ("to", null),
                       ("method", Name(policy.Method)), ("fallback", Name(policy.Fallback)), ("same_model", policy.SameModel)];
                (match, targets) = (policy.Match, policy.Targets.Count > 0 ? policy.Targets : everyUnit);
            }

            // Few rows: plain parameterised inserts (typed by the casts), the conditions and targets by appender.
            await Sql.ExecuteAsync(
                connection,
                "INSERT INTO alloc_rules VALUES ($key, $kind, $id, $version::INTEGER, $from::TIMESTAMP, $to::TIMESTAMP, $method, $fallback::VARCHAR, $same_model::BOOLEAN)",
                cancellationToken,
                [("key", key), .. row]).ConfigureAwait(false);
            foreach (var condition in match.IsAny ? [] : match.Conditions)
            {
                var path = condition.TagKey is null ? null : TagPath(condition.TagKey);
                conditionRows.CreateRow().AppendValue(key).AppendValue(condition.Field).AppendValue(path).AppendValue(LikePattern(condition.Glob)).EndRow();
            }

            for (var ordinal = 0; ordinal < targets.Count; ordinal++)
            {
                var target = targets[ordinal];
                targetRows.CreateRow().AppendValue(key).AppendValue(ordinal).AppendValue(target.Bu).AppendValue(target.Initiative).AppendValue(target.Weight).EndRow();
            }
        }
    }

    /// <summary>A rule glob as a LIKE pattern over lower-cased text: <c>*</c> becomes <c>%</c>; <c>%</c>, <c>_</c> and <c>\</c> are escaped.</summary>
    public static string LikePattern(string glob)
    {
        ArgumentNullException.ThrowIfNull(glob);
        return glob.ToLowerInvariant()
            .Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal)
            .Replace('*', '%');
    }

    /// <summary>The JSON pointer of a normalised tag key in <c>tags_norm</c> (<c>~</c> and <c>/</c> escaped per RFC 6901).</summary>
    public static string TagPath(string key) =>
        "/" + Tag.NormalizeKey(key).Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string? Name(AllocationMethod? method) => method?.ToString().ToLowerInvariant();

    private static DateTime? Midnight(DateOnly? day) => day?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
