using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// <see cref="Core.Import.ReplacementPolicy.SkipDuplicateKeys"/>: a record whose (format, record key)
/// the ledger holds is left out, and of keys repeated within the import only the first (lowest
/// seq) is kept.
/// </summary>
/// <remarks>
/// Held keys are left out by the import's insert itself (an anti-join against the ledger's keys of
/// the format, built before the first row goes in), not deleted afterwards: deleting rows from a
/// transaction's own large insert makes DuckDB copy the rest again at commit (on 1.2M of 1.5M rows
/// kept: 4.5 s and over 1 GiB, against nothing). Repeats within one file are rare and are deleted
/// at commit; a count of distinct key hashes tells whether there can be any (equal keys have
/// equal hashes, so a repeat is never missed; a hash collision only costs the exact delete).
/// </remarks>
internal static class DuplicateKeys
{
    /// <summary>Whether the ledger holds records of <paramref name="format"/>, whose keys the insert must then leave out.</summary>
    public static Task<bool> HeldAsync(DuckDBConnection connection, string format, CancellationToken cancellationToken) =>
        Sql.ScalarAsync<bool>(
            connection,
            "SELECT EXISTS (SELECT 1 FROM spend_records WHERE format = $format)",
            cancellationToken,
            ("format", format));

    /// <summary>
    /// The rows of <paramref name="source"/> (aliased <c>f</c>) whose record key no ledger record of
    /// the format <c>$format</c> has. The ledger's side is the hash join's build side: the source is
    /// declared far larger (see <see cref="ChunkFeedFunction"/>).
    /// </summary>
    public static string WithoutHeldKeys(string source) =>
        $"{source} f ANTI JOIN (SELECT record_key FROM spend_records WHERE format = $format) held ON held.record_key = f.record_key";

    /// <summary>Deletes all but the first of the keys <paramref name="sourceId"/> repeats; returns how many went.</summary>
    public static async Task<long> RemoveRepeatsAsync(DuckDBConnection connection, long sourceId, CancellationToken cancellationToken)
    {
        var mayRepeat = await Sql.ScalarAsync<long>(
            connection,
            "SELECT count(*) - count(DISTINCT hash(record_key)) FROM spend_records WHERE source_id = $source_id",
            cancellationToken,
            ("source_id", sourceId)).ConfigureAwait(false) > 0;
        if (!mayRepeat)
        {
            return 0;
        }

        return await Sql.ExecuteAsync(
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
}
