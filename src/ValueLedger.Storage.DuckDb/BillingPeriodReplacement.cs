using DuckDB.NET.Data;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// <see cref="Core.Import.ReplacementPolicy.ReplaceBillingPeriods"/> inside the commit transaction,
/// once the import's rows (those of source <c>sourceId</c>) are appended: each (provider, billing
/// account, billing period) of its cost records replaces, whole, the other sources' cost records of
/// the same scope. A held period that overlaps an imported one without being equal is a conflict (a
/// re-cut of the periods, not a re-delivery): then nothing may change. Imported records without a
/// billing period stay without replacing anything.
/// </summary>
internal sealed class BillingPeriodReplacement(DuckDBConnection connection, long sourceId)
{
    private const string ScopesTable = "import_scopes";

    private const string SameScope = """
        r.provider = p.provider
        AND r.billing_account_id IS NOT DISTINCT FROM p.billing_account_id
        AND r.billing_period_start = p.billing_period_start
        AND r.billing_period_end = p.billing_period_end
        """;

    private bool scopesBuilt;

    /// <summary>The first overlapping-but-different period, as a message; null when there is none.</summary>
    public async Task<string?> FindConflictAsync(CancellationToken cancellationToken)
    {
        await BuildScopesAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Sql.Command(connection, $"""
            SELECT p.provider, p.billing_account_id, p.billing_period_start, p.billing_period_end,
                   h.billing_period_start, h.billing_period_end, h.source_id, s.file_name
            FROM temp.{ScopesTable} p
            JOIN (SELECT DISTINCT source_id, provider, billing_account_id, billing_period_start, billing_period_end
                  FROM spend_records
                  WHERE kind = 'cost' AND source_id <> $source_id
                    AND billing_period_start IS NOT NULL AND billing_period_end IS NOT NULL) h
              ON h.provider = p.provider
             AND h.billing_account_id IS NOT DISTINCT FROM p.billing_account_id
             AND h.billing_period_start < p.billing_period_end
             AND p.billing_period_start < h.billing_period_end
             AND NOT (h.billing_period_start = p.billing_period_start AND h.billing_period_end = p.billing_period_end)
            JOIN sources s ON s.id = h.source_id
            ORDER BY p.provider, p.billing_account_id NULLS FIRST, p.billing_period_start, h.billing_period_start, h.source_id
            LIMIT 1
            """, ("source_id", sourceId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var account = reader.IsDBNull(1) ? "(no billing account)" : $"billing account {reader.GetString(1)}";
        return $"{reader.GetString(0)} {account}: billing period {Period(reader.GetDateTime(2), reader.GetDateTime(3))} "
            + $"overlaps {Period(reader.GetDateTime(4), reader.GetDateTime(5))} imported from {reader.GetString(7)} (source {reader.GetInt64(6)}) "
            + "without being the same period; nothing was imported";
    }

    /// <summary>Deletes the other sources' records of the imported scopes; returns what each lost.</summary>
    public async Task<IReadOnlyList<ReplacedScope>> RemoveReplacedAsync(CancellationToken cancellationToken)
    {
        await BuildScopesAsync(cancellationToken).ConfigureAwait(false);
        var removed = new List<ReplacedScope>();
        await using (var command = Sql.Command(connection, $"""
            SELECT r.provider, r.billing_account_id, r.billing_period_start, r.billing_period_end, r.source_id, s.file_name, count(*)
            FROM spend_records r
            JOIN temp.{ScopesTable} p ON {SameScope}
            JOIN sources s ON s.id = r.source_id
            WHERE r.kind = 'cost' AND r.source_id <> $source_id
            GROUP BY ALL
            ORDER BY r.provider, r.billing_account_id NULLS FIRST, r.billing_period_start, r.billing_period_end, r.source_id
            """, ("source_id", sourceId)))
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var provider = reader.GetString(0);
                var account = reader.IsDBNull(1) ? null : reader.GetString(1);
                var start = Sql.Utc(reader.GetDateTime(2));
                var end = Sql.Utc(reader.GetDateTime(3));
                var file = reader.GetString(5);
                var rows = reader.GetInt64(6);
                if (removed.Count > 0 && removed[^1] is var last
                    && last.Provider == provider && last.BillingAccountId == account
                    && last.BillingPeriodStart == start && last.BillingPeriodEnd == end)
                {
                    var files = last.PreviousSources.Contains(file, StringComparer.Ordinal) ? last.PreviousSources : [.. last.PreviousSources, file];
                    removed[^1] = last with { RowsRemoved = last.RowsRemoved + rows, PreviousSources = files };
                }
                else
                {
                    removed.Add(new ReplacedScope(provider, account, start, end, rows, [file]));
                }
            }
        }

        // The replaced lines' allocation rows go with them, in the same transaction: nothing stale remains.
        await Sql.ExecuteAsync(
            connection,
            $"""
            DELETE FROM allocations a
            USING (SELECT r.source_id, r.seq FROM spend_records r JOIN temp.{ScopesTable} p ON {SameScope} WHERE r.kind = 'cost' AND r.source_id <> $source_id) gone
            WHERE a.source_id = gone.source_id AND a.seq = gone.seq
            """,
            cancellationToken,
            ("source_id", sourceId)).ConfigureAwait(false);
        await Sql.ExecuteAsync(
            connection,
            $"DELETE FROM spend_records r USING temp.{ScopesTable} p WHERE r.kind = 'cost' AND r.source_id <> $source_id AND {SameScope}",
            cancellationToken,
            ("source_id", sourceId)).ConfigureAwait(false);
        return removed;
    }

    private static string Period(DateTime start, DateTime end) => $"{Sql.Instant(start)}..{Sql.Instant(end)}";

    private async Task BuildScopesAsync(CancellationToken cancellationToken)
    {
        if (scopesBuilt)
        {
            return;
        }

        await Sql.ExecuteAsync(connection, $"""
            CREATE OR REPLACE TEMP TABLE {ScopesTable} AS
            SELECT DISTINCT provider, billing_account_id, billing_period_start, billing_period_end
            FROM spend_records
            WHERE source_id = $source_id AND kind = 'cost' AND billing_period_start IS NOT NULL AND billing_period_end IS NOT NULL
            """, cancellationToken, ("source_id", sourceId)).ConfigureAwait(false);
        scopesBuilt = true;
    }
}
