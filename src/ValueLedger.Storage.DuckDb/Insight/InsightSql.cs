namespace ValueLedger.Storage.DuckDb.Insight;

/// <summary>
/// The read-only statements behind <c>explain</c>, <c>unallocated</c>, <c>coverage</c> and the allocated
/// export. Periods are <c>[$from, $to)</c> over the line's charge period start; only allocation rows of
/// lines still in the ledger count (a re-delivered bill's old lines keep no rows visible).
/// </summary>
internal static class InsightSql
{
    public const string Line = """
        SELECT r.source_id, r.seq, r.kind, r.provider, r.billing_account_id, r.billing_account_name, r.sub_account_id,
               r.sub_account_name, r.service_name, r.model, r.resource_id, r.charge_period_start, r.charge_period_end,
               r.cost, r.cost_measure, r.currency, s.file_name, r.source_line
        FROM spend_records r
        JOIN sources s ON s.id = r.source_id
        WHERE r.source_id = $source AND r.seq = $seq
        """;

    /// <summary>The share columns in <see cref="ShareColumnCount"/> columns, read by the store's <c>ReadShare</c>.</summary>
    public const string ShareColumns = "a.line_kind, a.bu, a.initiative, a.amount, a.currency, a.method, a.rule_kind, a.rule_id, a.rule_version, a.fallback, a.reason, a.details";

    public const int ShareColumnCount = 12;

    public const string LineShares = $"""
        SELECT {ShareColumns}
        FROM allocations a
        WHERE a.source_id = $source AND a.seq = $seq
        ORDER BY a.amount DESC, a.bu NULLS LAST, a.initiative NULLS LAST
        """;

    /// <summary>A BU's (or an initiative's) rows in the period; <c>{0}</c> is the condition on <c>a.bu</c> / <c>a.initiative</c>.</summary>
    private const string BuRows = """
        FROM allocations a
        JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
        WHERE {0} AND a.charge_period_start >= $from AND a.charge_period_start < $to
        """;

    public const string BuBreakdown = $"""
        SELECT a.currency, a.line_kind, a.method, a.rule_kind, a.rule_id, a.fallback, sum(a.amount), count(DISTINCT (a.source_id, a.seq))
        {BuRows}
        GROUP BY ALL
        ORDER BY a.currency, sum(a.amount) DESC, a.rule_id NULLS LAST, a.method, a.line_kind, a.fallback
        """;

    /// <summary>The <c>$top</c> largest rows per currency.</summary>
    public const string BuTopLines = $"""
        SELECT a.source_id, a.seq, a.line_kind, l.provider, l.service_name, l.model, a.initiative, a.amount, a.currency, a.method, a.rule_id
        {BuRows}
        QUALIFY row_number() OVER (PARTITION BY a.currency ORDER BY a.amount DESC, a.source_id, a.seq, a.initiative NULLS LAST) <= $top
        ORDER BY a.currency, a.amount DESC, a.source_id, a.seq, a.initiative NULLS LAST
        """;

    /// <summary>
    /// Every in-scope row of the period, net: AI-scope cost lines through their allocation rows (whole,
    /// with reason <c>not-allocated-yet</c>, when never allocated) and the allocated rows of uncovered usage
    /// telemetry (<c>line_kind = 'usage'</c>). <c>gross</c> marks rows of lines with a positive cost.
    /// An Unallocated row without a stored reason reads as <c>no-matching-rule</c>. Two branches rather
    /// than one LEFT JOIN over every record, so that usage telemetry is only read where it was allocated.
    /// </summary>
    private const string InScope = $"""
        in_scope AS (
            SELECT {InScopeColumns}
            FROM spend_records l
            LEFT JOIN allocations a ON a.source_id = l.source_id AND a.seq = l.seq
            WHERE l.kind = 'cost' AND l.ai_scope AND l.cost IS NOT NULL AND l.charge_period_start >= $from AND l.charge_period_start < $to
            UNION ALL
            SELECT {InScopeColumns}
            FROM allocations a
            JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
            WHERE a.line_kind = 'usage' AND a.charge_period_start >= $from AND a.charge_period_start < $to
              AND l.kind = 'usage' AND l.cost IS NOT NULL
        )
        """;

    private const string InScopeColumns = """
        l.source_id, l.seq, l.charge_period_start, l.currency, l.cost > 0 AS gross,
                   coalesce(a.line_kind, 'cost') AS line_kind, a.bu, a.initiative, coalesce(a.amount, l.cost) AS amount,
                   CASE WHEN a.source_id IS NULL THEN 'not-allocated-yet' WHEN a.bu IS NULL THEN coalesce(a.reason, 'no-matching-rule') END AS reason,
                   l.billing_account_id, l.sub_account_id, l.resource_id, l.api_key_id, l.service_name, l.provider, l.model
        """;

    /// <summary>Unallocated totals per currency: gross, net, distinct lines, all gross in scope.</summary>
    public const string UnallocatedTotals = $"""
        WITH {InScope}
        SELECT currency,
               coalesce(sum(amount) FILTER (WHERE bu IS NULL AND gross), 0),
               coalesce(sum(amount) FILTER (WHERE bu IS NULL), 0),
               count(DISTINCT (source_id, seq)) FILTER (WHERE bu IS NULL AND gross),
               coalesce(sum(amount) FILTER (WHERE gross), 0)
        FROM in_scope
        GROUP BY currency
        HAVING count(*) FILTER (WHERE bu IS NULL) > 0
        ORDER BY currency
        """;

    /// <summary>
    /// Per key, the <c>$top</c> values holding the most Unallocated gross cost per currency (empty values
    /// are no candidate: no rule can match them), with the line of the largest row (lowest id on ties) to
    /// drill in. Provider and model read <c>provider/model</c>.
    /// </summary>
    public const string UnallocatedCandidates = $"""
        WITH {InScope},
        un AS (SELECT * FROM in_scope WHERE bu IS NULL AND gross),
        keyed AS (
            SELECT 'billing_account' AS key, billing_account_id AS value, currency, amount, source_id, seq FROM un
            UNION ALL SELECT 'sub_account', sub_account_id, currency, amount, source_id, seq FROM un
            UNION ALL SELECT 'resource', resource_id, currency, amount, source_id, seq FROM un
            UNION ALL SELECT 'api_key', api_key_id, currency, amount, source_id, seq FROM un
            UNION ALL SELECT 'service', service_name, currency, amount, source_id, seq FROM un
            UNION ALL SELECT 'provider_model', provider || coalesce('/' || model, ''), currency, amount, source_id, seq FROM un
            UNION ALL SELECT 'reason', reason, currency, amount, source_id, seq FROM un
        )
        SELECT key, value, currency, sum(amount) AS total, count(DISTINCT (source_id, seq)) AS lines,
               arg_max(source_id, (amount, -source_id, -seq)), arg_max(seq, (amount, -source_id, -seq))
        FROM keyed
        WHERE value IS NOT NULL AND value <> ''
        GROUP BY key, value, currency
        QUALIFY row_number() OVER (PARTITION BY key, currency ORDER BY sum(amount) DESC, value) <= $top
        ORDER BY currency, key, total DESC, value
        """;

    /// <summary>Gross coverage; <c>{0}</c> is the month key, <c>{1}</c> the business-unit key (or typed NULLs).</summary>
    public const string Coverage = $"""
        WITH {InScope}
        SELECT {"{0}"} AS month, {"{1}"} AS bu, currency,
               sum(amount),
               coalesce(sum(amount) FILTER (WHERE line_kind = 'usage'), 0),
               coalesce(sum(amount) FILTER (WHERE bu IS NOT NULL), 0),
               coalesce(sum(amount) FILTER (WHERE initiative IS NOT NULL), 0)
        FROM in_scope
        WHERE gross
        GROUP BY ALL
        ORDER BY month NULLS LAST, bu NULLS LAST, currency
        """;

    /// <summary>The export: every row with its line's FOCUS columns, a line's rows together.</summary>
    public const string Export = $"""
        SELECT l.source_id, l.seq, l.provider, l.billing_account_id, l.billing_account_name, l.sub_account_id, l.sub_account_name,
               l.service_name, l.service_category, l.charge_category, l.charge_description, l.resource_id, l.resource_name,
               l.region_id, l.sku_id, l.charge_period_start, l.charge_period_end, l.billing_period_start, l.billing_period_end,
               l.cost, l.billed_cost, l.effective_cost, l.tags,
               {ShareColumns}
        FROM allocations a
        JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
        WHERE a.charge_period_start >= $from AND a.charge_period_start < $to
        ORDER BY l.source_id, l.seq, a.amount DESC, a.bu NULLS LAST, a.initiative NULLS LAST
        """;

    /// <summary>The number of columns before the share columns in <see cref="Export"/>.</summary>
    public const int ExportLineColumns = 23;
}
