namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// From the decided lines to allocation rows. <c>alloc_assigned</c> gives each line its effective method:
/// the rule's; for a telemetry split with a basis in exactly one currency, <c>telemetry</c>; otherwise the
/// declared fallback (<c>fallback</c> true) or none (Unallocated), with the reason.
/// </summary>
internal static class AllocationShareSql
{
    public const string Assigned = """
        CREATE OR REPLACE TEMP TABLE alloc_assigned AS
        SELECT l.line_kind, l.source_id, l.seq, l.charge_period_start, l.cost, l.currency, l.rule_key,
               r.rule_kind, r.rule_id, r.rule_version, k.key_id,
               CASE WHEN r.method IS NULL THEN NULL
                    WHEN r.method <> 'telemetry' THEN r.method
                    WHEN s.currencies = 1 THEN 'telemetry'
                    ELSE r.fallback
               END AS method,
               coalesce(r.method = 'telemetry' AND coalesce(s.currencies, 0) <> 1 AND r.fallback IS NOT NULL, false) AS fallback,
               CASE WHEN r.method IS NULL THEN 'no-matching-rule'
                    WHEN r.method = 'telemetry' AND s.key_id IS NULL THEN 'no-telemetry'
                    WHEN r.method = 'telemetry' AND s.currencies > 1 THEN 'telemetry-mixes-currencies'
               END AS reason
        FROM alloc_lines l
        LEFT JOIN alloc_rules r ON r.rule_key = l.rule_key
        LEFT JOIN alloc_split_keys k
          ON r.method = 'telemetry' AND k.rule_key = l.rule_key AND k.provider = l.provider
         AND k.model IS NOT DISTINCT FROM (CASE WHEN r.same_model THEN l.model END)
         AND k.period_start = l.charge_period_start AND k.period_end = l.charge_period_end
        LEFT JOIN alloc_key_status s ON s.key_id = k.key_id
        """;

    /// <summary>A DECIMAL as text without trailing zeros (<c>0.250000</c> → <c>0.25</c>), for details JSON.</summary>
    private const string Trimmed = "rtrim(rtrim(CAST({0} AS VARCHAR), '0'), '.')";

    private static string Text(string expression) => Trimmed.Replace("{0}", expression, StringComparison.Ordinal);

    /// <summary>
    /// One row per share (parameter <c>$run</c>). Weight shares are cost x weight, telemetry shares cost x
    /// basis / basis total (the ratio in integers to 12 places), both rounded to 10 places with the factors
    /// cast to DECIMAL(38,12) so the product keeps 14 integer digits; even shares are the cost in units of
    /// 1e-10 divided by the number of targets (truncated). The difference to the line's cost goes to the
    /// largest share (by absolute value, then target order), so shares sum exactly to the cost.
    /// </summary>
    public static readonly string InsertAllocations = $"""
        INSERT INTO allocations
        WITH shares AS (
            SELECT a.line_kind, a.source_id, a.seq, a.charge_period_start, a.cost, a.currency, a.method, a.rule_kind, a.rule_id, a.rule_version,
                   a.fallback, a.reason, t.target_ord AS ord, t.bu, t.initiative,
                   CASE a.method
                       WHEN 'weights' THEN CAST(json_object('weight', {Text("t.weight")}) AS VARCHAR)
                       WHEN 'even' THEN CAST(json_object('parts', count(*) OVER (PARTITION BY a.source_id, a.seq)) AS VARCHAR)
                   END AS details,
                   CAST(CASE a.method
                       WHEN 'direct' THEN a.cost
                       WHEN 'weights' THEN round(CAST(a.cost AS DECIMAL(38,12)) * CAST(coalesce(t.weight, 0) AS DECIMAL(38,12)), 10)
                       ELSE CAST(CAST(trunc(a.cost * 10000000000) AS HUGEINT) // count(*) OVER (PARTITION BY a.source_id, a.seq) AS DECIMAL(38,0)) * 0.0000000001
                   END AS DECIMAL(38,18)) AS share
            FROM alloc_assigned a
            JOIN alloc_targets t ON t.rule_key = a.rule_key
            WHERE a.method IN ('direct', 'weights', 'even') AND (a.method <> 'direct' OR t.target_ord = 0)
            UNION ALL
            SELECT a.line_kind, a.source_id, a.seq, a.charge_period_start, a.cost, a.currency, a.method, a.rule_kind, a.rule_id, a.rule_version,
                   a.fallback, a.reason, b.ord, b.bu, b.initiative,
                   CAST(json_object('basis_cost', {Text("b.basis_cost")}, 'basis_total', {Text("s.total")}, 'basis_currency', b.currency,
                                    'basis_records', b.records, 'same_model', k.same_model) AS VARCHAR),
                   CAST(round(CAST(a.cost AS DECIMAL(38,12))
                              * (CAST((b.basis_units * 1000000000000) // s.total_units AS DECIMAL(38,0)) * CAST(0.000000000001 AS DECIMAL(38,12))), 10) AS DECIMAL(38,18))
            FROM alloc_assigned a
            JOIN alloc_basis b ON b.key_id = a.key_id
            JOIN alloc_key_status s ON s.key_id = a.key_id
            JOIN alloc_split_keys k ON k.key_id = a.key_id
            WHERE a.method = 'telemetry'
        ),
        ranked AS (
            SELECT *,
                sum(share) OVER (PARTITION BY source_id, seq) AS total,
                row_number() OVER (PARTITION BY source_id, seq ORDER BY abs(share) DESC, ord, bu, initiative NULLS FIRST) AS place
            FROM shares
        )
        SELECT $run, source_id, seq, line_kind, charge_period_start, bu, initiative,
               CAST(CASE WHEN place = 1 THEN share + (cost - total) ELSE share END AS DECIMAL(38,18)),
               currency, method, rule_kind, rule_id, rule_version, fallback, reason, details
        FROM ranked
        UNION ALL
        SELECT $run, source_id, seq, line_kind, charge_period_start, NULL, NULL, cost, currency,
               'unallocated', rule_kind, rule_id, rule_version, false, reason, NULL
        FROM alloc_assigned
        WHERE method IS NULL
        """;
}
