using ValueLedger.Core.Showback;
using ValueLedger.Storage.DuckDb.Showback;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Showback's storage: aggregated allocation rows (read only) and business-unit acknowledgements (append only); see <see cref="ShowbackSql"/>.</summary>
public sealed partial class DuckDbSpendStore : IShowbackStore
{
    public async Task<IReadOnlyList<ShowbackRow>> QueryShowbackAsync(DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, ShowbackSql.Rows, ("from", from), ("to", to));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<ShowbackRow>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new ShowbackRow(
                Sql.Utc(rows.GetDateTime(0)),
                rows.IsDBNull(1) ? null : rows.GetString(1),
                rows.IsDBNull(2) ? null : rows.GetString(2),
                rows.GetString(3),
                rows.IsDBNull(4) ? null : rows.GetString(4),
                rows.GetString(5),
                rows.IsDBNull(6) ? null : rows.GetString(6),
                rows.GetBoolean(7),
                rows.IsDBNull(8) ? null : rows.GetString(8),
                rows.GetString(9),
                rows.GetString(10),
                rows.GetDecimal(11),
                rows.GetDecimal(12)));
        }

        return result;
    }

    public async Task<IReadOnlyList<NotAllocatedLines>> QueryNotAllocatedAsync(DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, ShowbackSql.NotAllocated, ("from", from), ("to", to));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<NotAllocatedLines>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new NotAllocatedLines(rows.GetString(0), rows.GetInt64(1), rows.GetDecimal(2)));
        }

        return result;
    }

    public async Task<DateTime?> QueryLatestAllocatedMonthAsync(CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, ShowbackSql.LatestMonth);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await rows.ReadAsync(cancellationToken).ConfigureAwait(false) && !rows.IsDBNull(0) ? Sql.Utc(rows.GetDateTime(0)) : null;
    }

    public async Task RecordAcknowledgementAsync(BuAcknowledgement acknowledgement, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(acknowledgement);
        await WriteExclusivelyAsync(
            async () =>
            {
                // The acknowledgement and its audit entry land together.
                await using var writer = OpenConnection();
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(
                    writer,
                    ShowbackSql.InsertAcknowledgement,
                    cancellationToken,
                    ("bu", acknowledgement.Bu),
                    ("owner", acknowledgement.Owner),
                    ("at", acknowledgement.AcknowledgedAt.UtcDateTime),
                    ("note", acknowledgement.Note)).ConfigureAwait(false);
                await AuditSql.AppendAsync(writer, acknowledgement.AcknowledgedAt, acknowledgement.Owner, Core.Value.AuditActions.BuAcknowledge, "bu:" + acknowledgement.Bu, null, acknowledgement.Note, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<BuAcknowledgement>> QueryAcknowledgementsAsync(CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, ShowbackSql.Acknowledgements);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<BuAcknowledgement>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var at = new DateTimeOffset(Sql.Utc(rows.GetDateTime(2)));
            result.Add(new BuAcknowledgement(rows.GetString(0), rows.GetString(1), at, rows.IsDBNull(3) ? null : rows.GetString(3)));
        }

        return result;
    }
}
