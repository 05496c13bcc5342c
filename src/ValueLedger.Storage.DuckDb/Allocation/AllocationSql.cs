namespace ValueLedger.Storage.DuckDb.Allocation;

/// <summary>
/// The allocation run's bookkeeping and the queries over its rows. How lines are decided and split:
/// <see cref="AllocationMatchSql"/>, <see cref="AllocationSplitSql"/>, <see cref="AllocationShareSql"/>.
/// </summary>
internal static class AllocationSql
{
    public const string Months = """
        SELECT date_trunc('month', min(charge_period_start)), date_trunc('month', max(charge_period_start)) + INTERVAL 1 MONTH
        FROM spend_records
        WHERE ai_scope AND cost IS NOT NULL
        """;

    /// <summary>All lines, then the usage lines (telemetry no bill covers), of the run being staged.</summary>
    public const string CountLines = "SELECT count(*), count(*) FILTER (WHERE line_kind = 'usage') FROM alloc_lines";

    /// <summary>Telemetry splits that fell back or left lines Unallocated, per rule, reason, month and currency.</summary>
    public const string Notices = """
        SELECT rule_kind, rule_id, reason, CASE WHEN fallback THEN method END, date_trunc('month', charge_period_start) AS month, currency, count(*), sum(cost)
        FROM alloc_assigned
        WHERE rule_id IS NOT NULL AND reason IS NOT NULL
        GROUP BY ALL
        ORDER BY rule_kind DESC, rule_id, reason, month, currency
        """;

    public const string DeletePeriod = "DELETE FROM allocations WHERE charge_period_start >= $from AND charge_period_start < $to";

    public const string InsertRun = "INSERT INTO allocation_runs VALUES ($run, $from, $to, $now, $lines)";

    public const string NextRunId = "SELECT coalesce(max(run_id), 0) + 1 FROM allocation_runs";

    public const string RunOutcomes = """
        SELECT method, currency, sum(amount), count(*)
        FROM allocations
        WHERE run_id = $run
        GROUP BY method, currency
        ORDER BY method, currency
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
