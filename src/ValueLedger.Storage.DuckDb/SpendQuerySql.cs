using System.Globalization;
using System.Text;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Builds the SQL for <see cref="DuckDbSpendStore.QuerySpendAsync"/>.
/// </summary>
/// <remarks>
/// Coverage (PRODUCT.md, "Two kinds of spend source"): a telemetry record is covered when an AI-scope
/// cost-of-record record exists for the same provider and calendar month (UTC) of the charge period
/// start and, where both name them, the same billing account id and sub-account id (null on either
/// side matches). Ids are compared only where a telemetry source and the provider's bills use the
/// same kind of id: a gateway's project ("support-copilot") is not an Azure subscription. So for each
/// telemetry format and provider, account ids (and, apart, sub-account ids) take part only if at least
/// one of that format's ids for the provider appears in the provider's AI bills (in any month), as
/// OpenAI usage and cost exports share project ids; otherwise matching is by provider and month. It is
/// computed on sets (<see cref="TelemetryCoverageSql"/>, shared with the allocation engine): the distinct telemetry keys (provider, month, account,
/// sub-account) are matched against the distinct cost keys, and the covered keys are joined back to
/// the records. Coverage looks at all cost records, not only those in the queried period, so that a
/// query starting mid-month judges coverage as the whole month does. Only AI-scope cost records
/// cover: a bill holding only storage for a provider must not swallow the provider's AI telemetry.
/// </remarks>
internal static class SpendQuerySql
{
    public static (string Sql, (string Name, object? Value)[] Parameters) Build(SpendQuery query)
    {
        var parameters = new List<(string Name, object? Value)>();
        var filter = new StringBuilder("TRUE");
        if (query.Scope == SpendScope.Ai)
        {
            filter.Append(" AND r.ai_scope");
        }

        AppendPeriod(filter, parameters, "r.charge_period_start", query.From, query.To);

        var keys = new List<string>();
        for (var i = 0; i < query.GroupBy.Count; i++)
        {
            keys.Add($"{KeyExpression(query.GroupBy[i], i, parameters)} AS k{i}");
        }

        var keyList = string.Concat(keys.Select(k => k + ", "));
        var groupBy = string.Concat(Enumerable.Range(0, keys.Count).Select(i => $"k{i}, "));
        var orderBy = string.Concat(Enumerable.Range(0, keys.Count).Select(i => $"k{i} ASC NULLS LAST, "));
        var sql = $"""
            WITH {TelemetryCoverageSql.Ctes(filter.ToString())},
            scoped AS (
                SELECT {keyList}r.currency, r.kind, r.cost, r.billed_cost,
                       (r.kind = 'usage' AND k.provider IS NOT NULL) AS covered,
                       coalesce(r.requests, 0) AS requests,
                       coalesce(r.input_tokens, 0) + coalesce(r.cached_read_tokens, 0) + coalesce(r.cache_write_tokens, 0) + coalesce(r.output_tokens, 0) AS tokens
                FROM spend_records r
                {TelemetryCoverageSql.JoinCovered}
                WHERE {filter}
            )
            SELECT {groupBy}currency,
                   coalesce(sum(cost) FILTER (WHERE kind = 'cost'), 0) AS cost_of_record,
                   coalesce(sum(cost) FILTER (WHERE kind = 'usage' AND NOT covered), 0) AS estimated_uncovered,
                   coalesce(sum(cost) FILTER (WHERE kind = 'usage' AND covered), 0) AS covered_estimate,
                   count(*) FILTER (WHERE kind = 'cost') AS cost_lines,
                   count(*) FILTER (WHERE kind = 'usage') AS telemetry_records,
                   count(*) FILTER (WHERE kind = 'usage' AND cost IS NULL) AS unpriced,
                   coalesce(sum(requests) FILTER (WHERE kind = 'usage'), 0)::BIGINT AS requests,
                   coalesce(sum(tokens) FILTER (WHERE kind = 'usage'), 0)::BIGINT AS tokens,
                   coalesce(sum(billed_cost) FILTER (WHERE kind = 'cost'), 0) AS billed_cost
            FROM scoped
            GROUP BY {groupBy}currency
            ORDER BY {orderBy}currency
            """;
        return (sql, [.. parameters]);
    }

    /// <summary>Appends <c>AND column &gt;= $from AND column &lt; $to</c> for the ends given.</summary>
    public static void AppendPeriod(StringBuilder filter, List<(string Name, object? Value)> parameters, string column, DateTime? from, DateTime? to)
    {
        if (from is { } start)
        {
            filter.Append(CultureInfo.InvariantCulture, $" AND {column} >= $from");
            parameters.Add(("from", start));
        }

        if (to is { } end)
        {
            filter.Append(CultureInfo.InvariantCulture, $" AND {column} < $to");
            parameters.Add(("to", end));
        }
    }

    private static string KeyExpression(SpendGrouping grouping, int index, List<(string Name, object? Value)> parameters) => grouping.Dimension switch
    {
        SpendDimension.Provider => "r.provider",
        SpendDimension.Account => "coalesce(r.billing_account_id, r.billing_account_name)",
        SpendDimension.Service => "r.service_name",
        SpendDimension.Model => "r.model",
        SpendDimension.Day => "strftime(r.charge_period_start, '%Y-%m-%d')",
        SpendDimension.Month => "strftime(r.charge_period_start, '%Y-%m')",
        SpendDimension.Source => "r.format",
        SpendDimension.Tag => TagExpression(grouping, index, parameters),
        _ => throw new ArgumentOutOfRangeException(nameof(grouping), grouping.Dimension, "unknown spend dimension"),
    };

    private static string TagExpression(SpendGrouping grouping, int index, List<(string Name, object? Value)> parameters)
    {
        if (string.IsNullOrWhiteSpace(grouping.TagKey))
        {
            throw new ArgumentException("a tag grouping needs a tag key", nameof(grouping));
        }

        parameters.Add(($"tag{index}", JsonPointer(Tag.NormalizeKey(grouping.TagKey))));
        return $"json_extract_string(r.tags_norm, $tag{index})";
    }

    /// <summary>An RFC 6901 pointer to one key (<c>~</c> and <c>/</c> escaped), so any key text is safe.</summary>
    private static string JsonPointer(string key) => "/" + key.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
