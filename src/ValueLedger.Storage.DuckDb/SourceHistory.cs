using System.Data.Common;
using DuckDB.NET.Data;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The <c>sources</c> table: one row per import attempt. <c>outcome</c> is
/// <c>'imported'</c>, <c>'duplicate_file'</c> or <c>'failed'</c> (<see cref="ImportOutcome"/>).
/// </summary>
internal static class SourceHistory
{
    private const string Columns = """
        id, file_name, sha256, size_bytes, format, outcome, rows_read, rows_inserted, rows_rejected,
        rows_skipped_duplicate, rows_replaced, started_at, finished_at, message
        """;

    public static async Task InsertAsync(
        DuckDBConnection connection,
        long id,
        ImportManifest manifest,
        ImportOutcome outcome,
        ImportStatistics statistics,
        ImportCommitResult? result,
        DateTimeOffset finishedAt,
        CancellationToken cancellationToken)
    {
        await Sql.ExecuteAsync(
            connection,
            $"""
            INSERT INTO sources ({Columns})
            VALUES ($id, $file_name, $sha256, $size_bytes, $format, $outcome, $rows_read, $rows_inserted, $rows_rejected,
                    $rows_skipped_duplicate, $rows_replaced, $started_at, $finished_at, $message)
            """,
            cancellationToken,
            ("id", id),
            ("file_name", manifest.FileName),
            ("sha256", manifest.Sha256),
            ("size_bytes", manifest.SizeBytes),
            ("format", manifest.Format),
            ("outcome", OutcomeText(outcome)),
            ("rows_read", statistics.RowsRead),
            ("rows_inserted", result?.RowsInserted ?? 0),
            ("rows_rejected", statistics.RowsRejected),
            ("rows_skipped_duplicate", result?.RowsSkippedAsDuplicate ?? 0),
            ("rows_replaced", result?.Replaced.Sum(r => r.RowsRemoved) ?? 0),
            ("started_at", manifest.StartedAt.UtcDateTime),
            ("finished_at", finishedAt.UtcDateTime),
            ("message", statistics.Message)).ConfigureAwait(false);
    }

    /// <summary>The next free source id (call inside the writing transaction).</summary>
    public static Task<long> NextIdAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        Sql.ScalarAsync<long>(connection, "SELECT coalesce(max(id), 0) + 1 FROM sources", cancellationToken);

    /// <summary>The successful import of these bytes, if any.</summary>
    public static async Task<ImportedSource?> FindImportedAsync(DuckDBConnection connection, string sha256, CancellationToken cancellationToken)
    {
        var found = await ReadAsync(
            connection,
            $"SELECT {Columns} FROM sources WHERE sha256 = $sha256 AND outcome = 'imported' ORDER BY id LIMIT 1",
            cancellationToken,
            ("sha256", sha256)).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public static Task<IReadOnlyList<ImportedSource>> ListAsync(DuckDBConnection connection, CancellationToken cancellationToken) =>
        ReadAsync(connection, $"SELECT {Columns} FROM sources ORDER BY id", cancellationToken);

    private static async Task<IReadOnlyList<ImportedSource>> ReadAsync(
        DuckDBConnection connection,
        string sql,
        CancellationToken cancellationToken,
        params (string Name, object? Value)[] parameters)
    {
        await using var command = Sql.Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sources = new List<ImportedSource>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            sources.Add(Read(reader));
        }

        return sources;
    }

    private static ImportedSource Read(DbDataReader reader) => new(
        Id: reader.GetInt64(0),
        FileName: reader.GetString(1),
        Sha256: reader.GetString(2),
        SizeBytes: reader.GetInt64(3),
        Format: reader.GetString(4),
        Outcome: ParseOutcome(reader.GetString(5)),
        RowsRead: reader.GetInt64(6),
        RowsInserted: reader.GetInt64(7),
        RowsRejected: reader.GetInt64(8),
        RowsSkippedAsDuplicate: reader.GetInt64(9),
        RowsReplaced: reader.GetInt64(10),
        StartedAt: new DateTimeOffset(Sql.Utc(reader.GetDateTime(11))),
        FinishedAt: new DateTimeOffset(Sql.Utc(reader.GetDateTime(12))),
        Message: reader.IsDBNull(13) ? null : reader.GetString(13));

    private static string OutcomeText(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Imported => "imported",
        ImportOutcome.DuplicateFile => "duplicate_file",
        ImportOutcome.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown import outcome"),
    };

    private static ImportOutcome ParseOutcome(string text) => text switch
    {
        "imported" => ImportOutcome.Imported,
        "duplicate_file" => ImportOutcome.DuplicateFile,
        "failed" => ImportOutcome.Failed,
        _ => throw new InvalidDataException($"unknown import outcome '{text}' in the sources table"),
    };
}
