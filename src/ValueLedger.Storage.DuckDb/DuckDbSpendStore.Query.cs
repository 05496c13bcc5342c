using System.Text;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Spend and reconciliation questions.</summary>
public sealed partial class DuckDbSpendStore
{
    public async Task<IReadOnlyList<SpendRow>> QuerySpendAsync(SpendQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (sql, parameters) = SpendQuerySql.Build(query);
        var keyCount = query.GroupBy.Count;
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, sql, parameters);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<SpendRow>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var keys = new string?[keyCount];
            for (var i = 0; i < keyCount; i++)
            {
                keys[i] = rows.IsDBNull(i) ? null : rows.GetString(i);
            }

            var costOfRecord = rows.GetDecimal(keyCount + 1);
            var estimatedUncovered = rows.GetDecimal(keyCount + 2);
            result.Add(new SpendRow(
                Keys: keys,
                Currency: rows.GetString(keyCount),
                Cost: costOfRecord + estimatedUncovered,
                CostOfRecord: costOfRecord,
                EstimatedUncovered: estimatedUncovered,
                CoveredTelemetryEstimate: rows.GetDecimal(keyCount + 3),
                CostLines: rows.GetInt64(keyCount + 4),
                TelemetryRecords: rows.GetInt64(keyCount + 5),
                UnpricedTelemetryRecords: rows.GetInt64(keyCount + 6),
                Requests: rows.GetInt64(keyCount + 7),
                Tokens: rows.GetInt64(keyCount + 8),
                BilledCost: rows.GetDecimal(keyCount + 9)));
        }

        return result;
    }

    /// <summary>
    /// AI-scope cost of record against telemetry estimates per provider, account, month (UTC) and
    /// currency, for records whose charge period starts in <c>[from, to)</c>. The account is the
    /// billing account id (else its name). Where any telemetry of a provider-month names no account,
    /// that provider-month is one row with a null account, comparing the whole bill with all its
    /// telemetry; otherwise there is a row per account, including accounts billed without telemetry
    /// and accounts with telemetry but no bill. Unpriced telemetry counts as records, adds nothing.
    /// </summary>
    public async Task<IReadOnlyList<ReconciliationRow>> ReconcileAsync(DateTime? from, DateTime? to, CancellationToken cancellationToken)
    {
        var filter = new StringBuilder("ai_scope");
        var parameters = new List<(string Name, object? Value)>();
        SpendQuerySql.AppendPeriod(filter, parameters, "charge_period_start", from, to);
        var sql = $"""
            WITH r AS (
                SELECT provider, coalesce(billing_account_id, billing_account_name) AS account,
                       strftime(charge_period_start, '%Y-%m') AS month, currency, kind, cost
                FROM spend_records
                WHERE {filter}
            ),
            provider_months AS (
                SELECT provider, month, currency, bool_or(kind = 'usage' AND account IS NULL) AS whole_month
                FROM r
                GROUP BY provider, month, currency
            )
            SELECT r.provider, CASE WHEN m.whole_month THEN NULL ELSE r.account END AS account, r.month, r.currency,
                   coalesce(sum(r.cost) FILTER (WHERE r.kind = 'cost'), 0),
                   coalesce(sum(r.cost) FILTER (WHERE r.kind = 'usage'), 0),
                   count(*) FILTER (WHERE r.kind = 'cost'),
                   count(*) FILTER (WHERE r.kind = 'usage'),
                   count(*) FILTER (WHERE r.kind = 'usage' AND r.cost IS NULL)
            FROM r
            JOIN provider_months m USING (provider, month, currency)
            GROUP BY 1, 2, 3, 4
            ORDER BY 1, 2 ASC NULLS FIRST, 3, 4
            """;
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, sql, [.. parameters]);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ReconciliationRow>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ReconciliationRow(
                Provider: rows.GetString(0),
                Account: rows.IsDBNull(1) ? null : rows.GetString(1),
                Month: rows.GetString(2),
                Currency: rows.GetString(3),
                CostOfRecord: rows.GetDecimal(4),
                TelemetryEstimate: rows.GetDecimal(5),
                CostLines: rows.GetInt64(6),
                TelemetryRecords: rows.GetInt64(7),
                UnpricedTelemetryRecords: rows.GetInt64(8)));
        }

        return result;
    }
}
