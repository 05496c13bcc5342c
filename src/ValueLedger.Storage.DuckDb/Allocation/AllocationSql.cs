namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// The allocation statements. Lines are AI-scope cost-of-record lines with a cost whose
/// <c>charge_period_start</c> is in [<c>$from</c>, <c>$to</c>); usage telemetry is not allocated here.
/// </summary>
internal static class AllocationSql
{
    /// <summary>The lines an allocation considers (parameters <c>$from</c>, <c>$to</c>).</summary>
    private const string Lines = """
        SELECT source_id, seq, charge_period_start, cost, currency, provider, model, service_name,
               billing_account_id, billing_account_name, sub_account_id, sub_account_name, api_key_id, team, agent_id, tags_norm
        FROM spend_records
        WHERE kind = 'cost' AND ai_scope AND cost IS NOT NULL AND charge_period_start >= $from AND charge_period_start < $to
        """;

    /// <summary>Whether condition <c>c</c> holds for line <c>l</c> (null counts as false). Ids and names both match account globs.</summary>
    private const string Holds = """
        CASE c.field
            WHEN 'tag' THEN lower(json_extract_string(l.tags_norm, c.tag_path)) LIKE c.pattern ESCAPE '\'
            WHEN 'billing_account' THEN lower(l.billing_account_id) LIKE c.pattern ESCAPE '\' OR lower(l.billing_account_name) LIKE c.pattern ESCAPE '\'
            WHEN 'sub_account' THEN lower(l.sub_account_id) LIKE c.pattern ESCAPE '\' OR lower(l.sub_account_name) LIKE c.pattern ESCAPE '\'
            WHEN 'api_key' THEN lower(l.api_key_id) LIKE c.pattern ESCAPE '\'
            WHEN 'team' THEN lower(l.team) LIKE c.pattern ESCAPE '\'
            WHEN 'agent' THEN lower(l.agent_id) LIKE c.pattern ESCAPE '\'
            WHEN 'provider' THEN lower(l.provider) LIKE c.pattern ESCAPE '\'
            WHEN 'service' THEN lower(l.service_name) LIKE c.pattern ESCAPE '\'
            WHEN 'model' THEN lower(l.model) LIKE c.pattern ESCAPE '\'
            ELSE false
        END
        """;

    public const string Months = """
        SELECT date_trunc('month', min(charge_period_start)), date_trunc('month', max(charge_period_start)) + INTERVAL 1 MONTH
        FROM spend_records
        WHERE kind = 'cost' AND ai_scope AND cost IS NOT NULL
        """;

    public const string CountLines = $"SELECT count(*) FROM ({Lines})";

    public const string DeletePeriod = "DELETE FROM allocations WHERE charge_period_start >= $from AND charge_period_start < $to";

    public const string InsertRun = "INSERT INTO allocation_runs VALUES ($run, $from, $to, $now, $lines)";

    public const string NextRunId = "SELECT coalesce(max(run_id), 0) + 1 FROM allocation_runs";

    /// <summary>
    /// One row per share. The first matching rule version (lowest <c>rule_key</c>) effective at the
    /// line's start wins. Weight shares are cost x weight rounded to 10 decimal places (both cast to
    /// DECIMAL(38,12) first so the product keeps 14 integer digits); even shares are the cost in units
    /// of 1e-10 divided by the number of targets (truncated). The difference to the line's cost goes to
    /// the largest share (by absolute value, then target order), so shares sum exactly to the cost.
    /// </summary>
    public const string InsertAllocations = $"""
        INSERT INTO allocations
        WITH lines AS ({Lines}),
        matches AS (
            SELECT l.source_id, l.seq, r.rule_key
            FROM lines l
            JOIN alloc_rules r
              ON (r.effective_from IS NULL OR l.charge_period_start >= r.effective_from)
             AND (r.effective_to IS NULL OR l.charge_period_start < r.effective_to)
            LEFT JOIN alloc_conditions c ON c.rule_key = r.rule_key
            GROUP BY l.source_id, l.seq, r.rule_key
            HAVING bool_and(c.rule_key IS NULL OR coalesce({Holds}, false))
        ),
        chosen AS (SELECT source_id, seq, min(rule_key) AS rule_key FROM matches GROUP BY source_id, seq),
        assigned AS (
            SELECT l.source_id, l.seq, l.charge_period_start, l.cost, l.currency, r.rule_key, r.rule_id, r.rule_version, r.method
            FROM lines l
            LEFT JOIN chosen USING (source_id, seq)
            LEFT JOIN alloc_rules r ON r.rule_key = chosen.rule_key
        ),
        shares AS (
            SELECT a.*, t.target_ord, t.bu, t.initiative,
                CAST(CASE a.method
                    WHEN 'direct' THEN a.cost
                    WHEN 'weights' THEN round(CAST(a.cost AS DECIMAL(38,12)) * CAST(coalesce(t.weight, 0) AS DECIMAL(38,12)), 10)
                    ELSE CAST(CAST(trunc(a.cost * 10000000000) AS HUGEINT) // count(*) OVER (PARTITION BY a.source_id, a.seq) AS DECIMAL(38,0)) * 0.0000000001
                END AS DECIMAL(38,18)) AS share
            FROM assigned a
            JOIN alloc_targets t ON t.rule_key = a.rule_key
            WHERE a.method IN ('direct', 'weights', 'even') AND (a.method <> 'direct' OR t.target_ord = 0)
        ),
        ranked AS (
            SELECT *,
                sum(share) OVER (PARTITION BY source_id, seq) AS total,
                row_number() OVER (PARTITION BY source_id, seq ORDER BY abs(share) DESC, target_ord) AS place
            FROM shares
        )
        SELECT $run, source_id, seq, 'cost', charge_period_start, bu, initiative,
               CAST(CASE WHEN place = 1 THEN share + (cost - total) ELSE share END AS DECIMAL(38,18)),
               currency, method, 'rule', rule_id, rule_version, false, NULL, NULL
        FROM ranked
        UNION ALL
        SELECT $run, source_id, seq, 'cost', charge_period_start, NULL, NULL, cost, currency,
               'unallocated', CASE WHEN rule_id IS NULL THEN NULL ELSE 'rule' END, rule_id, rule_version, false,
               CASE WHEN method = 'telemetry' THEN 'telemetry-pending' ELSE 'no-matching-rule' END, NULL
        FROM assigned
        WHERE method IS NULL OR method NOT IN ('direct', 'weights', 'even')
        """;

    public const string RunOutcomes = """
        SELECT method, currency, sum(amount), count(*)
        FROM allocations
        WHERE run_id = $run
        GROUP BY method, currency
        ORDER BY method, currency
        """;

    /// <summary>
    /// Gross coverage: AI-scope cost lines with a positive cost in the period, each counted through its
    /// allocation rows (or whole, as Unallocated, when not allocated yet). <c>{0}</c> is the business-unit key.
    /// </summary>
    public const string Coverage = """
        SELECT {0} AS bu, l.currency,
               sum(coalesce(a.amount, l.cost)),
               coalesce(sum(a.amount) FILTER (WHERE a.initiative IS NOT NULL), 0)
        FROM spend_records l
        LEFT JOIN allocations a
          ON a.source_id = l.source_id AND a.seq = l.seq AND a.charge_period_start >= $from AND a.charge_period_start < $to
        WHERE l.kind = 'cost' AND l.ai_scope AND l.cost > 0 AND l.charge_period_start >= $from AND l.charge_period_start < $to
        GROUP BY ALL
        ORDER BY bu NULLS LAST, l.currency
        """;

    /// <summary>Allocated amounts per business unit, initiative and currency (rows of lines still in the ledger).</summary>
    public const string Totals = """
        SELECT a.bu, a.initiative, a.currency, sum(a.amount)
        FROM allocations a
        JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
        WHERE a.charge_period_start >= $from AND a.charge_period_start < $to
        GROUP BY ALL
        ORDER BY a.bu NULLS LAST, a.initiative NULLS LAST, a.currency
        """;
}
