using ValueLedger.Core.Organisation;

namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// The activity step of an allocation run: which business unit and initiative the usage telemetry of the
/// run's months belongs to, written to <c>allocation_activity</c> (shown beside the scoreboard, never
/// scored). Every AI-scope usage record counts, covered by a bill or not and with or without a cost.
/// It is attributed exactly as the telemetry basis of splits is (<see cref="AllocationSplitSql"/>): the
/// first direct, weights or even rule or policy matching its signature (<see cref="AllocationMatchSql.Match"/>
/// over <c>alloc_act_groups</c>, signatures per day); telemetry no such rule matches is Unallocated (bu and
/// initiative null).
/// </summary>
/// <remarks>
/// Months: activity is kept per UTC calendar month, so the step covers the whole months the run's period
/// touches (<c>$act_from</c> = the month of the period start, <c>$act_to</c> = the end rounded up to a
/// month) and replaces them; for the usual whole-month runs that is the run's period. Splits: weights
/// multiply and even splits divide requests, tokens and records, each share rounded half away from zero
/// to a whole number per (signature, day) group, so a split unit's counts can differ from the source's
/// by less than one per group and target; the estimated cost share is kept to 1e-10 (not rounded to
/// the cent, and not made to sum exactly: it is an estimate, shown only). Tokens = input + cached read +
/// cache write + output (reasoning is part of output), as <c>SpendRecord.TotalTokens</c>.
/// </remarks>
internal static class AllocationActivitySql
{
    /// <summary>
    /// The usage records of the run's months, aggregated per day, signature and currency. Signature columns
    /// no condition of <paramref name="organisation"/> looks at are left out (NULL): matching cannot depend on
    /// them, and telemetry varies in them (keys, tags) far more than in the columns rules use, so the
    /// groups, and the matching, shrink. The provider is always kept (activity is reported per provider).
    /// </summary>
    public static string Groups(Core.Organisation.Organisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var used = organisation.AllocationRules.Select(r => r.Match)
            .Concat(organisation.SharedCostPolicies.Select(p => p.Match))
            .SelectMany(m => m.IsAny ? [] : m.Conditions)
            .SelectMany(c => ColumnsOf(c.Field))
            .Append("provider")
            .ToHashSet(StringComparer.Ordinal);
        var signature = string.Join(", ", AllocationMatchSql.SignatureColumns.Select(c => used.Contains(c) ? c : $"CAST(NULL AS VARCHAR) AS {c}"));
        return $"""
            CREATE OR REPLACE TEMP TABLE alloc_act_groups AS
            SELECT row_number() OVER () AS sig_id, *
            FROM (
                SELECT date_trunc('day', charge_period_start) AS day, {signature}, currency,
                       sum(coalesce(requests, 0)) AS requests,
                       sum(coalesce(input_tokens, 0) + coalesce(cached_read_tokens, 0) + coalesce(cache_write_tokens, 0) + coalesce(output_tokens, 0)) AS tokens,
                       count(*) AS records,
                       sum(cost) AS cost
                FROM spend_records
                WHERE kind = 'usage' AND ai_scope AND charge_period_start >= $act_from AND charge_period_start < $act_to
                GROUP BY ALL
            )
            """;
    }

    /// <summary>The signature columns a condition field reads (as <c>AllocationMatchSql</c>'s <c>Holds</c>); none for an unknown field (it never holds).</summary>
    private static string[] ColumnsOf(string field) => field switch
    {
        MatchFields.Tag => ["tags_norm"],
        MatchFields.BillingAccount => ["billing_account_id", "billing_account_name"],
        MatchFields.SubAccount => ["sub_account_id", "sub_account_name"],
        MatchFields.ApiKey => ["api_key_id"],
        MatchFields.Team => ["team"],
        MatchFields.Agent => ["agent_id"],
        MatchFields.Provider => ["provider"],
        MatchFields.Service => ["service_name"],
        MatchFields.Model => ["model"],
        _ => [],
    };

    public static readonly string Match = AllocationMatchSql.Match("alloc_act_groups", "alloc_act_match", AllocationSplitSql.AttributingRules);

    public const string DeleteMonths = "DELETE FROM allocation_activity WHERE month >= $act_from AND month < $act_to";

    /// <summary>Parameter <c>$run</c>. Each group's counts to its rule's targets (whole, by weight or in equal parts), summed per month, unit, initiative, provider and currency.</summary>
    public static readonly string Insert = $"""
        INSERT INTO allocation_activity (run_id, month, bu, initiative, provider, requests, tokens, records, estimated_cost, currency)
        WITH parts AS (
            SELECT rule_key, count(*) AS parts FROM alloc_targets GROUP BY rule_key
        ),
        shares AS (
            SELECT g.day, g.provider, g.currency, t.bu, t.initiative, r.method, n.parts,
                   CAST(coalesce(t.weight, 0) AS DECIMAL(38,12)) AS weight,
                   g.requests, g.tokens, g.records, g.cost
            FROM alloc_act_groups g
            JOIN alloc_act_match m ON m.sig_id = g.sig_id
            JOIN alloc_rules r ON r.rule_key = m.rule_key
            JOIN alloc_targets t ON t.rule_key = m.rule_key AND (r.method <> 'direct' OR t.target_ord = 0)
            JOIN parts n ON n.rule_key = m.rule_key
            WHERE r.method IN ('direct', 'weights', 'even')
        ),
        counted AS (
            SELECT day, provider, currency, bu, initiative,
                   {Count("requests")} AS requests,
                   {Count("tokens")} AS tokens,
                   {Count("records")} AS records,
                   CAST(CASE method
                       WHEN 'direct' THEN cost
                       WHEN 'weights' THEN round(CAST(cost AS DECIMAL(38,12)) * weight, 10)
                       ELSE CAST(CAST(trunc(cost * 10000000000) AS HUGEINT) // parts AS DECIMAL(38,0)) * 0.0000000001
                   END AS DECIMAL(38,18)) AS cost
            FROM shares
            UNION ALL
            SELECT g.day, g.provider, g.currency, NULL, NULL, g.requests, g.tokens, g.records, g.cost
            FROM alloc_act_groups g
            LEFT JOIN alloc_act_match m ON m.sig_id = g.sig_id
            WHERE m.rule_key IS NULL
        )
        SELECT $run, date_trunc('month', day), bu, initiative, provider, sum(requests), sum(tokens), sum(records), sum(cost), currency
        FROM counted
        GROUP BY ALL
        """;

    /// <summary>
    /// A count's share, rounded half away from zero to a whole number, without DOUBLE: whole (direct), x weight
    /// (weights), or (2n + parts) // (2 parts) (even; counts are never negative).
    /// </summary>
    private static string Count(string column) => $"""
        CAST(CASE method
            WHEN 'direct' THEN {column}
            WHEN 'weights' THEN round(CAST({column} AS DECIMAL(38,6)) * weight)
            ELSE (2 * {column} + parts) // (2 * parts)
        END AS BIGINT)
        """;
}
