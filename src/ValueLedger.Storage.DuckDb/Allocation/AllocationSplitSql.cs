namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// The basis of telemetry splits, on sets. The AI-scope usage telemetry with a cost (covered by a bill
/// or not) is aggregated per signature, time bucket and currency (<c>alloc_tel_groups</c>), each group is
/// attributed to business units by the first direct / weights / even rule or policy that matches it
/// (<c>alloc_tel_match</c>), and summed per (provider, model, bucket, currency, bu, initiative) as
/// <c>alloc_telemetry</c>. The lines to split share few distinct (rule, provider, model, charge period)
/// keys (<c>alloc_split_keys</c>); only those are range-joined with the aggregated telemetry
/// (<c>alloc_basis</c>), then summed per key (<c>alloc_key_status</c>).
/// </summary>
/// <remarks>
/// The bucket is the day when every split line's charge period starts and ends at midnight, else the
/// hour when on the hour, else the exact start; so "bucket in [line start, line end)" is exactly
/// "telemetry start in the line's charge period". Basis amounts are kept to 1e-10 (<c>basis_units</c>,
/// HUGEINT): proportions are computed in integers, never through DOUBLE.
/// </remarks>
internal static class AllocationSplitSql
{
    /// <summary>How aligned the split lines' charge periods are, and the span of telemetry they need.</summary>
    public const string SplitLines = """
        SELECT count(*),
               coalesce(bool_and(l.charge_period_start = date_trunc('day', l.charge_period_start) AND l.charge_period_end = date_trunc('day', l.charge_period_end)), true),
               coalesce(bool_and(l.charge_period_start = date_trunc('hour', l.charge_period_start) AND l.charge_period_end = date_trunc('hour', l.charge_period_end)), true),
               min(l.charge_period_start), max(l.charge_period_end)
        FROM alloc_lines l JOIN alloc_rules r ON r.rule_key = l.rule_key
        WHERE r.method = 'telemetry'
        """;

    /// <summary>The bucket expression over <c>charge_period_start</c> for a granularity (<c>day</c>, <c>hour</c> or null = exact).</summary>
    public static string Bucket(string? unit) => unit is null ? "charge_period_start" : $"date_trunc('{unit}', charge_period_start)";

    /// <summary>Parameters <c>$basis_from</c>, <c>$basis_to</c>: the span of the split lines' charge periods.</summary>
    public static string TelemetryGroups(string bucket) => $"""
        CREATE OR REPLACE TEMP TABLE alloc_tel_groups AS
        SELECT row_number() OVER () AS sig_id, *
        FROM (
            SELECT date_trunc('day', charge_period_start) AS day, {AllocationMatchSql.Columns(string.Empty)},
                   {bucket} AS bucket, currency, sum(cost) AS cost, count(*) AS records
            FROM spend_records
            WHERE kind = 'usage' AND ai_scope AND cost IS NOT NULL
              AND charge_period_start >= $basis_from AND charge_period_start < $basis_to
              AND provider IN (SELECT DISTINCT l.provider FROM alloc_lines l JOIN alloc_rules r ON r.rule_key = l.rule_key WHERE r.method = 'telemetry')
            GROUP BY ALL
        )
        """;

    /// <summary>Telemetry splits never attribute telemetry: only direct, weights and even rules and policies do.</summary>
    public const string AttributingRules = "r.method <> 'telemetry'";

    /// <summary>
    /// Each group's cost to the targets of its attributing rule: whole (direct), by weight, or in equal
    /// parts; unattributed telemetry (no rule) counts for nobody.
    /// </summary>
    public const string Telemetry = """
        CREATE OR REPLACE TEMP TABLE alloc_telemetry AS
        SELECT g.provider, lower(g.model) AS model, g.bucket, g.currency, t.bu, t.initiative,
               sum(CASE r.method
                       WHEN 'direct' THEN g.cost
                       WHEN 'weights' THEN CAST(CAST(g.cost AS DECIMAL(38,12)) * CAST(t.weight AS DECIMAL(38,12)) AS DECIMAL(38,18))
                       ELSE CAST(CAST(CAST(trunc(g.cost * 10000000000) AS HUGEINT) // n.parts AS DECIMAL(38,0)) * 0.0000000001 AS DECIMAL(38,18))
                   END) AS cost,
               sum(g.records) AS records
        FROM alloc_tel_groups g
        JOIN alloc_tel_match m ON m.sig_id = g.sig_id
        JOIN alloc_rules r ON r.rule_key = m.rule_key
        JOIN alloc_targets t ON t.rule_key = m.rule_key AND (r.method <> 'direct' OR t.target_ord = 0)
        JOIN (SELECT rule_key, count(*) AS parts FROM alloc_targets GROUP BY rule_key) n ON n.rule_key = m.rule_key
        GROUP BY ALL
        """;

    /// <summary>The distinct (rule, provider, model when by model, charge period) of the lines a telemetry rule or policy decides.</summary>
    public const string SplitKeys = """
        CREATE OR REPLACE TEMP TABLE alloc_split_keys AS
        SELECT row_number() OVER () AS key_id, *
        FROM (
            SELECT DISTINCT l.rule_key, l.provider, CASE WHEN r.same_model THEN l.model END AS model, r.same_model,
                   l.charge_period_start AS period_start, l.charge_period_end AS period_end
            FROM alloc_lines l JOIN alloc_rules r ON r.rule_key = l.rule_key
            WHERE r.method = 'telemetry'
        )
        """;

    /// <summary>
    /// Per key, the telemetry of its provider (and model) in its charge period attributed to one of its
    /// targets' business units, per (bu, initiative, currency); telemetry without an initiative takes the
    /// target's. Only positive sums count (<c>basis_units</c> &gt; 0). <c>ord</c>: the unit's first target position.
    /// With a bucket <paramref name="unit"/> (<c>day</c> | <c>hour</c>) each key is expanded into the buckets of
    /// its charge period and joined on equality (linear); with exact instants (null) it is a range join.
    /// </summary>
    public static string Basis(string? unit)
    {
        var buckets = unit is null
            ? "JOIN alloc_telemetry t ON t.provider = k.provider AND t.bucket >= k.period_start AND t.bucket < k.period_end"
            : $"""
              JOIN (SELECT key_id, unnest(range(period_start, period_end, INTERVAL '1 {unit}')) AS bucket FROM alloc_split_keys) kb ON kb.key_id = k.key_id
              JOIN alloc_telemetry t ON t.provider = k.provider AND t.bucket = kb.bucket
              """;
        return $"""
            CREATE OR REPLACE TEMP TABLE alloc_basis AS
            WITH target_units AS (
                SELECT rule_key, bu, min(initiative) AS initiative, min(target_ord) AS ord FROM alloc_targets GROUP BY rule_key, bu
            ),
            joined AS (
                SELECT k.key_id, k.rule_key, t.bu, t.initiative, t.currency, t.cost, t.records
                FROM alloc_split_keys k
                {buckets}
                WHERE NOT k.same_model OR t.model = k.model
            ),
            summed AS (
                SELECT j.key_id, j.bu, coalesce(j.initiative, u.initiative) AS initiative, j.currency, min(u.ord) AS ord,
                       sum(j.cost) AS basis_cost, sum(j.records) AS records
                FROM joined j
                JOIN target_units u ON u.rule_key = j.rule_key AND u.bu = j.bu
                GROUP BY ALL
            )
            SELECT *, CAST(trunc(basis_cost * 10000000000) AS HUGEINT) AS basis_units
            FROM summed
            WHERE trunc(basis_cost * 10000000000) > 0
            """;
    }

    /// <summary>Per key: how many currencies its basis has (a split needs exactly one), the total and the records.</summary>
    public const string KeyStatus = """
        CREATE OR REPLACE TEMP TABLE alloc_key_status AS
        SELECT key_id, count(DISTINCT currency) AS currencies, sum(basis_units) AS total_units, sum(basis_cost) AS total, sum(records) AS records
        FROM alloc_basis
        GROUP BY key_id
        """;
}
