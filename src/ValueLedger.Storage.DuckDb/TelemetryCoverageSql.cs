namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Which usage telemetry an AI bill covers, as CTEs shared by the spend query and the allocation
/// engine so that both agree on what is estimated. The rule is described on <see cref="SpendQuerySql"/>:
/// a record is covered when an AI-scope cost record exists for the same provider and calendar month and,
/// where the format's ids are the bills' kind of id, the same billing account and sub-account.
/// </summary>
internal static class TelemetryCoverageSql
{
    /// <summary>
    /// The CTEs <c>cost_keys</c>, <c>usage_keys</c>, <c>shared_account_ids</c>, <c>shared_sub_account_ids</c>,
    /// <c>usage_match_keys</c> and <c>covered_keys</c> (without the leading <c>WITH</c>). <paramref name="usageFilter"/>
    /// selects the usage records considered (alias <c>r</c>); which formats share the bills' ids is judged on them.
    /// </summary>
    public static string Ctes(string usageFilter) => $"""
        cost_keys AS (
            SELECT DISTINCT provider, date_trunc('month', charge_period_start) AS month, billing_account_id, sub_account_id
            FROM spend_records
            WHERE kind = 'cost' AND ai_scope
        ),
        usage_keys AS (
            SELECT DISTINCT format, provider, date_trunc('month', charge_period_start) AS month, billing_account_id, sub_account_id
            FROM spend_records r
            WHERE kind = 'usage' AND {usageFilter}
        ),
        shared_account_ids AS (
            SELECT DISTINCT u.format, u.provider
            FROM usage_keys u JOIN cost_keys c ON c.provider = u.provider AND c.billing_account_id = u.billing_account_id
        ),
        shared_sub_account_ids AS (
            SELECT DISTINCT u.format, u.provider
            FROM usage_keys u JOIN cost_keys c ON c.provider = u.provider AND c.sub_account_id = u.sub_account_id
        ),
        usage_match_keys AS (
            SELECT u.format, u.provider, u.month, u.billing_account_id, u.sub_account_id,
                   CASE WHEN sa.provider IS NOT NULL THEN u.billing_account_id END AS account_to_match,
                   CASE WHEN ss.provider IS NOT NULL THEN u.sub_account_id END AS sub_account_to_match
            FROM usage_keys u
            LEFT JOIN shared_account_ids sa ON sa.format = u.format AND sa.provider = u.provider
            LEFT JOIN shared_sub_account_ids ss ON ss.format = u.format AND ss.provider = u.provider
        ),
        covered_keys AS (
            SELECT DISTINCT u.format, u.provider, u.month, u.billing_account_id, u.sub_account_id
            FROM usage_match_keys u
            JOIN cost_keys c
              ON c.provider = u.provider AND c.month = u.month
             AND (c.billing_account_id IS NULL OR u.account_to_match IS NULL OR c.billing_account_id = u.account_to_match)
             AND (c.sub_account_id IS NULL OR u.sub_account_to_match IS NULL OR c.sub_account_id = u.sub_account_to_match)
        )
        """;

    /// <summary>
    /// <c>LEFT JOIN covered_keys k ON ...</c> for records aliased <c>r</c>: a usage record is covered when
    /// <c>k.provider IS NOT NULL</c> (cost records never join).
    /// </summary>
    public const string JoinCovered = """
        LEFT JOIN covered_keys k
          ON r.kind = 'usage'
         AND k.format = r.format
         AND k.provider = r.provider
         AND k.month = date_trunc('month', r.charge_period_start)
         AND k.billing_account_id IS NOT DISTINCT FROM r.billing_account_id
         AND k.sub_account_id IS NOT DISTINCT FROM r.sub_account_id
        """;
}
