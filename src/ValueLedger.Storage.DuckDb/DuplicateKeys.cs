using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// <see cref="Core.Import.ReplacementPolicy.SkipDuplicateKeys"/> inside the commit transaction, once
/// the import's rows are appended: a row whose (format, record key) another source holds is
/// deleted, and of keys repeated within the import only the first (lowest seq) is kept.
/// </summary>
/// <remarks>
/// Each step runs only when it can remove something: the semi-join only when the ledger holds
/// another source of the same format, the window only when the import repeats a key (a count of
/// distinct keys tells). A re-delivered file thus costs two deletes; a new one two scans.
/// </remarks>
internal static class DuplicateKeys
{
    /// <summary>Deletes the duplicates among <paramref name="sourceId"/>'s rows; returns how many.</summary>
    public static async Task<long> RemoveAsync(DuckDBConnection connection, long sourceId, string format, CancellationToken cancellationToken)
    {
        long removed = 0;
        var formatHeldElsewhere = await Sql.ScalarAsync<bool>(
            connection,
            "SELECT EXISTS (SELECT 1 FROM spend_records WHERE format = $format AND source_id <> $source_id)",
            cancellationToken,
            ("format", format),
            ("source_id", sourceId)).ConfigureAwait(false);
        if (formatHeldElsewhere)
        {
            removed += await Sql.ExecuteAsync(
                connection,
                """
                DELETE FROM spend_records
                WHERE source_id = $source_id
                  AND record_key IN (SELECT record_key FROM spend_records WHERE format = $format AND source_id <> $source_id)
                """,
                cancellationToken,
                ("format", format),
                ("source_id", sourceId)).ConfigureAwait(false);
        }

        var repeated = await Sql.ScalarAsync<long>(
            connection,
            "SELECT count(*) - count(DISTINCT record_key) FROM spend_records WHERE source_id = $source_id",
            cancellationToken,
            ("source_id", sourceId)).ConfigureAwait(false);
        if (repeated > 0)
        {
            removed += await Sql.ExecuteAsync(
                connection,
                """
                DELETE FROM spend_records
                WHERE source_id = $source_id
                  AND seq IN (SELECT seq FROM spend_records WHERE source_id = $source_id
                              QUALIFY row_number() OVER (PARTITION BY record_key ORDER BY seq) > 1)
                """,
                cancellationToken,
                ("source_id", sourceId)).ConfigureAwait(false);
        }

        return removed;
    }
}
