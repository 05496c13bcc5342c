namespace ValueLedger.Storage.DuckDb.Showback;

/// <summary>
/// Showback's reads of <c>allocations</c> (schema 4) and its writes to <c>bu_acknowledgements</c>.
/// Allocation rows always join <c>spend_records</c> on (<c>source_id</c>, <c>seq</c>): a row whose line
/// has since been replaced or removed must never count. Periods select by the row's
/// <c>charge_period_start</c> (the line's), half-open [<c>$from</c>, <c>$to</c>).
/// </summary>
internal static class ShowbackSql
{
    /// <summary>
    /// Net and gross allocated cost per month and every key. Gross sums the shares of lines whose own
    /// cost is positive (credits and refunds stay out of ratios); DuckDB's sum of DECIMAL(38,18) stays exact.
    /// </summary>
    public const string Rows = """
        SELECT date_trunc('month', a.charge_period_start) AS month, a.bu, a.initiative, l.provider, l.model,
               a.method, a.rule_kind, a.fallback, a.reason, a.line_kind, a.currency,
               sum(a.amount) AS amount,
               coalesce(sum(a.amount) FILTER (WHERE l.cost > 0), 0) AS gross
        FROM allocations a
        JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
        WHERE a.charge_period_start >= $from AND a.charge_period_start < $to
        GROUP BY ALL
        ORDER BY month, a.bu NULLS LAST, a.initiative NULLS LAST, l.provider, l.model NULLS LAST, a.method, a.rule_kind NULLS LAST,
                 a.fallback, a.reason NULLS LAST, a.line_kind, a.currency
        """;

    /// <summary>
    /// AI-scope cost lines with a cost that have no allocation row: the lines an allocation run would
    /// consider (see <c>AllocationSql</c>) but none has, i.e. imported after the period's last run.
    /// </summary>
    /// <summary>
    /// Lines of the period that are in no statement because no allocation run has seen them: AI cost lines
    /// with a cost, and AI usage telemetry with a cost that no bill covers (coverage exactly as
    /// <see cref="TelemetryCoverageSql"/> judges it), without an allocation row.
    /// </summary>
    public static readonly string NotAllocated = $"""
        WITH {TelemetryCoverageSql.Ctes("r.ai_scope AND r.charge_period_start >= $from AND r.charge_period_start < $to")},
        allocated AS (
            SELECT DISTINCT source_id, seq FROM allocations WHERE charge_period_start >= $from AND charge_period_start < $to
        )
        SELECT r.currency, count(*), sum(r.cost)
        FROM spend_records r
        {TelemetryCoverageSql.JoinCovered}
        LEFT JOIN allocated a ON a.source_id = r.source_id AND a.seq = r.seq
        WHERE r.ai_scope AND r.cost IS NOT NULL
          AND r.charge_period_start >= $from AND r.charge_period_start < $to
          AND a.source_id IS NULL
          AND (r.kind = 'cost' OR k.provider IS NULL)
        GROUP BY r.currency
        ORDER BY r.currency
        """;

    public const string LatestMonth = """
        SELECT date_trunc('month', max(a.charge_period_start))
        FROM allocations a
        JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
        """;

    public const string InsertAcknowledgement = "INSERT INTO bu_acknowledgements VALUES ($bu, $owner, $at, $note)";

    /// <summary>Oldest first; the insertion order breaks ties of equal time (rowid), so the later one counts.</summary>
    public const string Acknowledgements = "SELECT bu, owner, acknowledged_at, note FROM bu_acknowledgements ORDER BY acknowledged_at, rowid";
}
