using DuckDB.NET.Data;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Value;

/// <summary>Reads agreements, outcome records and audit entries back into Core records.</summary>
internal static class OutcomeRows
{
    public static async Task<IReadOnlyList<AttributionAgreement>> AgreementsAsync(DuckDBConnection connection, string? initiative, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, OutcomeSql.Agreements, ("initiative", initiative));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<AttributionAgreement>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!KebabCase.TryParse<AttributionMethodKind>(rows.GetString(1), out var method))
            {
                throw new InvalidDataException($"attribution_agreements: unknown method '{rows.GetString(1)}'");
            }

            result.Add(new AttributionAgreement(rows.GetString(0), method, rows.GetString(2), rows.GetDecimal(3), rows.GetString(4), rows.GetString(5), At(rows, 6)));
        }

        return result;
    }

    public static async Task<IReadOnlyList<OutcomeRecord>> OutcomesAsync(DuckDBConnection connection, string? initiative, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, OutcomeSql.Outcomes, ("initiative", initiative));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<OutcomeRecord>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var claim = new OutcomeClaim(
                rows.GetString(1),
                DateOnly.FromDateTime(rows.GetDateTime(2)),
                DateOnly.FromDateTime(rows.GetDateTime(3)),
                rows.GetInt64(4),
                rows.GetInt64(5),
                rows.IsDBNull(6) ? null : rows.GetDecimal(6),
                rows.GetString(7),
                Text(rows, 8),
                rows.IsDBNull(9) ? null : rows.GetInt64(9));
            var status = OutcomeStatus.Claimed;
            if (!rows.IsDBNull(12) && !KebabCase.TryParse(rows.GetString(12), out status))
            {
                throw new InvalidDataException($"outcome_reviews: unknown status '{rows.GetString(12)}'");
            }

            result.Add(new OutcomeRecord(rows.GetInt64(0), claim, rows.GetString(10), At(rows, 11), status, Text(rows, 13), rows.IsDBNull(14) ? null : At(rows, 14), Text(rows, 15)));
        }

        return result;
    }

    public static async Task<IReadOnlyList<AuditEntry>> AuditAsync(DuckDBConnection connection, string? subject, DateTime? from, DateTime? to, int limit, CancellationToken cancellationToken)
    {
        var prefix = subject is { Length: > 0 } s && s.EndsWith('*') ? s[..^1] : null;
        await using var command = Sql.Command(connection, OutcomeSql.Audit,
            ("subject", prefix is null ? subject : null), ("prefix", prefix), ("from", from), ("to", to), ("limit", (long)limit));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<AuditEntry>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new AuditEntry(rows.GetInt64(0), At(rows, 1), rows.GetString(2), rows.GetString(3), rows.GetString(4), Text(rows, 5), Text(rows, 6)));
        }

        return result;
    }

    private static DateTimeOffset At(System.Data.Common.DbDataReader rows, int ordinal) => new(Sql.Utc(rows.GetDateTime(ordinal)));

    private static string? Text(System.Data.Common.DbDataReader rows, int ordinal) => rows.IsDBNull(ordinal) ? null : rows.GetString(ordinal);
}
