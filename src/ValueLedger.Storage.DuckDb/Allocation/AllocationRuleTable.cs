using DuckDB.NET.Data;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// Writes an organisation's allocation rules into TEMP tables of one connection, so that the
/// allocation is one set-based statement: <c>alloc_rules</c> (one row per rule version; <c>rule_key</c>
/// is the rank by priority, then rule id ordinal, then version, so the first match is the lowest key),
/// <c>alloc_conditions</c> (each glob as a lower-case LIKE pattern, escape <c>\</c>) and <c>alloc_targets</c>.
/// </summary>
internal static class AllocationRuleTable
{
    public static async Task WriteAsync(DuckDBConnection connection, Core.Organisation.Organisation organisation, CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(connection, """
            CREATE OR REPLACE TEMP TABLE alloc_rules (rule_key INTEGER, rule_id VARCHAR, rule_version INTEGER, effective_from TIMESTAMP, effective_to TIMESTAMP, method VARCHAR);
            CREATE OR REPLACE TEMP TABLE alloc_conditions (rule_key INTEGER, field VARCHAR, tag_path VARCHAR, pattern VARCHAR);
            CREATE OR REPLACE TEMP TABLE alloc_targets (rule_key INTEGER, target_ord INTEGER, bu VARCHAR, initiative VARCHAR, weight DECIMAL(38,18));
            """, cancellationToken).ConfigureAwait(false);

        var rules = organisation.AllocationRules
            // A rule with neither `match: any` nor a condition is a validation error, never a catch-all.
            .Where(r => r.Match.IsAny || r.Match.Conditions.Count > 0)
            .OrderBy(r => r.Priority)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ThenBy(r => r.Version)
            .ToList();

        using var ruleRows = connection.CreateAppender("temp", "main", "alloc_rules");
        using var conditionRows = connection.CreateAppender("temp", "main", "alloc_conditions");
        using var targetRows = connection.CreateAppender("temp", "main", "alloc_targets");
        for (var key = 0; key < rules.Count; key++)
        {
            var rule = rules[key];
            var row = ruleRows.CreateRow().AppendValue(key).AppendValue(rule.Id).AppendValue(rule.Version);
            row = rule.EffectiveFrom is { } from ? row.AppendValue(Midnight(from)) : row.AppendNullValue();
            row = rule.EffectiveTo is { } to ? row.AppendValue(Midnight(to)) : row.AppendNullValue();
            row.AppendValue(rule.Method.ToString().ToLowerInvariant()).EndRow();

            foreach (var condition in rule.Match.IsAny ? [] : rule.Match.Conditions)
            {
                var path = condition.TagKey is null ? null : TagPath(condition.TagKey);
                conditionRows.CreateRow().AppendValue(key).AppendValue(condition.Field).AppendValue(path).AppendValue(LikePattern(condition.Glob)).EndRow();
            }

            for (var ordinal = 0; ordinal < rule.Targets.Count; ordinal++)
            {
                var target = rule.Targets[ordinal];
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

    private static DateTime Midnight(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
