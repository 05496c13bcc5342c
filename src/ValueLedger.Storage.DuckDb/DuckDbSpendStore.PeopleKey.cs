using DuckDB.NET.Data;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The fingerprint of the installation secret the ledger's person hashes were made under (<c>ledger_meta</c>), and
/// re-keying every stored person hash when the secret rotates.
/// </summary>
public sealed partial class DuckDbSpendStore
{
    private const string FingerprintKey = "key_fingerprint";

    public async Task<string?> GetKeyFingerprintAsync(CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, "SELECT value FROM ledger_meta WHERE key = $key", ("key", FingerprintKey));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public Task SetKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        return WriteExclusivelyAsync(
            async () =>
            {
                await using var writer = OpenConnection();
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (var command = Sql.Command(writer, "SELECT value FROM ledger_meta WHERE key = $key", ("key", FingerprintKey)))
                {
                    if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string recorded)
                    {
                        return recorded == fingerprint
                            ? false
                            : throw new InvalidOperationException($"{LedgerPath} holds person hashes made under key {recorded}, not {fingerprint}");
                    }
                }

                await Sql.ExecuteAsync(writer, "INSERT INTO ledger_meta VALUES ($key, $value)", cancellationToken, ("key", FingerprintKey), ("value", fingerprint)).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken,
            static _ => false);
    }

    public Task<long> RekeyPersonHashesAsync(Func<string, string> rekey, string newFingerprint, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rekey);
        ArgumentException.ThrowIfNullOrWhiteSpace(newFingerprint);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteExclusivelyAsync(
            async () =>
            {
                await using var writer = OpenConnection();
                await using var transaction = await writer.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var count = await RekeyAsync(writer, rekey, cancellationToken).ConfigureAwait(false);
                await Sql.ExecuteAsync(writer, "INSERT OR REPLACE INTO ledger_meta VALUES ($key, $value)", cancellationToken, ("key", FingerprintKey), ("value", newFingerprint)).ConfigureAwait(false);
                var details = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object> { ["fingerprint"] = newFingerprint, ["hashes"] = count });
                await AuditSql.AppendAsync(writer, at, actor, AuditActions.SecretRotate, "ledger", details, null, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return count;
            },
            cancellationToken);
    }

    /// <summary>
    /// Builds a mapping old → new from the distinct hashes (a few per person, not per row), then rewrites each column
    /// with one <c>UPDATE … FROM</c> join; returns how many distinct hashes were mapped.
    /// </summary>
    private static async Task<long> RekeyAsync(DuckDBConnection writer, Func<string, string> rekey, CancellationToken cancellationToken)
    {
        (string Table, string Column)[] columns = [.. PeopleFactTable.PersonColumns, ("spend_records", "end_user_hash")];
        var distinct = string.Join(" UNION ", columns.Select(c => $"SELECT {c.Column} AS h FROM {c.Table} WHERE {c.Column} IS NOT NULL"));
        await Sql.ExecuteAsync(writer, "CREATE OR REPLACE TEMP TABLE rekey_map (old VARCHAR NOT NULL, new VARCHAR NOT NULL)", cancellationToken).ConfigureAwait(false);
        var hashes = new List<string>();
        await using (var command = Sql.Command(writer, distinct))
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                hashes.Add(rows.GetString(0));
            }
        }

        using (var appender = writer.CreateAppender("temp", "main", "rekey_map"))
        {
            foreach (var hash in hashes)
            {
                appender.CreateRow().AppendValue(hash).AppendValue(rekey(hash)).EndRow();
            }
        }

        foreach (var (table, column) in columns)
        {
            await Sql.ExecuteAsync(writer, $"UPDATE {table} SET {column} = m.new FROM rekey_map m WHERE {table}.{column} = m.old", cancellationToken).ConfigureAwait(false);
        }

        await Sql.ExecuteAsync(writer, "DROP TABLE rekey_map", cancellationToken).ConfigureAwait(false);
        return hashes.Count;
    }
}
