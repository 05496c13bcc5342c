namespace ValueLedger.Storage.DuckDb.Value;

/// <summary>
/// The ledger figures of the value metrics (<c>IValueFiguresStore</c>): per UTC calendar month, business
/// unit, initiative and currency, the allocated cost and the attributed activity.
/// </summary>
internal static class FiguresSql
{
    /// <summary>
    /// Allocation rows (only those of lines still in the ledger, as showback) with their lines' charge period
    /// starting in [<c>$from</c>, <c>$to</c>): net = every share, gross = shares of lines whose own cost is
    /// positive (ratios never net credits). Beside them (UNION ALL then one GROUP BY, which is a full join
    /// on the keys with nulls matching) the <c>allocation_activity</c> rows of the months in
    /// [month of <c>$from</c>, <c>$to</c>), summed over providers. A key with activity but no cost has cost 0.
    /// </summary>
    public const string InitiativeMonths = """
        WITH cost AS (
            SELECT date_trunc('month', a.charge_period_start) AS month, a.bu, a.initiative, a.currency,
                   sum(a.amount) AS net, coalesce(sum(a.amount) FILTER (WHERE l.cost > 0), 0) AS gross,
                   0 AS requests, 0 AS tokens, 0 AS records
            FROM allocations a
            JOIN spend_records l ON l.source_id = a.source_id AND l.seq = a.seq
            WHERE a.charge_period_start >= $from AND a.charge_period_start < $to
            GROUP BY ALL
        ),
        activity AS (
            SELECT month, bu, initiative, currency, 0 AS net, 0 AS gross, sum(requests) AS requests, sum(tokens) AS tokens, sum(records) AS records
            FROM allocation_activity
            WHERE month >= date_trunc('month', $from::TIMESTAMP) AND month < $to
            GROUP BY ALL
        )
        SELECT month, bu, initiative, currency,
               CAST(sum(net) AS DECIMAL(38,18)), CAST(sum(gross) AS DECIMAL(38,18)),
               CAST(sum(requests) AS BIGINT), CAST(sum(tokens) AS BIGINT), CAST(sum(records) AS BIGINT)
        FROM (SELECT * FROM cost UNION ALL BY NAME SELECT * FROM activity)
        GROUP BY month, bu, initiative, currency
        ORDER BY month, bu NULLS LAST, initiative NULLS LAST, currency
        """;
}
