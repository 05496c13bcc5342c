using System.Text.Json;
using ValueLedger.Core.Storage;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// What the web adds to an import (ledger schema 7): who made it (an <c>import.file</c> audit entry) and its rejected
/// rows (<c>import_rejects</c>, at most <see cref="MaxStoredRejects"/> per import), written together in one transaction.
/// </summary>
public sealed partial class DuckDbSpendStore
{
    /// <summary>Rejected rows kept per import; the count in <c>sources.rows_rejected</c> is always complete.</summary>
    public const int MaxStoredRejects = 10_000;

    /// <summary>
    /// Records that <paramref name="actor"/> uploaded <paramref name="fileName"/> and how it ended (<paramref name="outcome"/>,
    /// e.g. imported / duplicate-file / failed), with the rejected rows of a committed import (<paramref name="sourceId"/>).
    /// </summary>
    public Task RecordUploadAsync(
        long? sourceId, string fileName, string outcome, IReadOnlyList<ImportReject> rejects, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(rejects);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteLifecycleAsync(
            async writer =>
            {
                if (sourceId is { } id && rejects.Count > 0)
                {
                    using var appender = writer.CreateAppender("import_rejects");
                    var ordinal = 0;
                    foreach (var reject in rejects.Take(MaxStoredRejects))
                    {
                        appender.CreateRow().AppendValue(id).AppendValue(++ordinal).AppendValue(reject.Line).AppendValue(reject.Column)
                            .AppendValue(reject.Reason).AppendValue(reject.Excerpt).EndRow();
                    }
                }

                var details = JsonSerializer.Serialize(new Dictionary<string, string> { ["file"] = fileName, ["outcome"] = outcome });
                var subject = sourceId is { } source ? FormattableString.Invariant($"source:{source}") : "file:" + fileName;
                await AuditSql.AppendAsync(writer, at, actor, AuditActions.ImportFile, subject, details, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>Appends one audit entry (e.g. <c>allocation.run</c> from the web, whose actor the allocation itself does not record).</summary>
    public Task AppendAuditAsync(string actor, string action, string subject, string? details, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteLifecycleAsync(writer => AuditSql.AppendAsync(writer, at, actor, action, subject, details, null, cancellationToken), cancellationToken);
    }

    /// <summary>One page of the stored rejected rows of import <paramref name="sourceId"/>, in file order, and how many are stored.</summary>
    public async Task<(IReadOnlyList<ImportReject> Rows, long Stored)> ListImportRejectsAsync(long sourceId, int offset, int limit, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        var stored = await Sql.ScalarAsync<long>(reader, "SELECT count(*) FROM import_rejects WHERE source_id = $id", cancellationToken, ("id", sourceId)).ConfigureAwait(false);
        await using var command = Sql.Command(
            reader,
            "SELECT line, column_name, reason, excerpt FROM import_rejects WHERE source_id = $id ORDER BY ordinal LIMIT $limit OFFSET $offset",
            ("id", sourceId),
            ("limit", limit),
            ("offset", offset));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ImportReject>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ImportReject(
                rows.GetInt64(0), rows.IsDBNull(1) ? null : rows.GetString(1), rows.GetString(2), rows.IsDBNull(3) ? null : rows.GetString(3)));
        }

        return (result, stored);
    }

    /// <summary>The providers whose records each of <paramref name="sourceIds"/> holds now (replaced rows are gone), sorted.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<string>>> ListSourceProvidersAsync(IReadOnlyCollection<long> sourceIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceIds);
        var result = new Dictionary<long, IReadOnlyList<string>>();
        if (sourceIds.Count == 0)
        {
            return result;
        }

        await using var reader = OpenConnection();
        var ids = string.Join(", ", sourceIds.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await using var command = Sql.Command(reader, $"SELECT source_id, list_sort(list(DISTINCT provider)) FROM spend_records WHERE source_id IN ({ids}) GROUP BY source_id");
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result[rows.GetInt64(0)] = rows.GetFieldValue<List<string>>(1);
        }

        return result;
    }
}
