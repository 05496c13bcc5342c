using System.Data.Common;
using ValueLedger.Core.Security;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Web logins and API tokens (ledger schema 6); each change lands with its audit entry in one transaction.</summary>
public sealed partial class DuckDbSpendStore : ICredentialStore
{
    private const string TokenColumns = "id, actor, label, created_at, created_by, expires_at, revoked_at";

    public Task SetPasswordHashAsync(string actor, string passwordHash, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(passwordHash);
        return WriteLifecycleAsync(
            async writer =>
            {
                await Sql.ExecuteAsync(
                    writer,
                    "INSERT OR REPLACE INTO web_logins VALUES ($actor, $hash, $at, $by)",
                    cancellationToken,
                    ("actor", actor),
                    ("hash", passwordHash),
                    ("at", at.UtcDateTime),
                    ("by", by)).ConfigureAwait(false);
                await AuditSql.AppendAsync(writer, at, by, AuditActions.LoginSetPassword, "login:" + actor, null, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<string?> FindPasswordHashAsync(string actor, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, "SELECT password_hash FROM web_logins WHERE actor = $actor", ("actor", actor));
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    public async Task<bool> RemoveLoginAsync(string actor, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var removed = false;
        await WriteLifecycleAsync(
            async writer =>
            {
                removed = await Sql.ExecuteAsync(writer, "DELETE FROM web_logins WHERE actor = $actor", cancellationToken, ("actor", actor)).ConfigureAwait(false) > 0;
                if (removed)
                {
                    await AuditSql.AppendAsync(writer, at, by, AuditActions.LoginRemove, "login:" + actor, null, null, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return removed;
    }

    public async Task<IReadOnlyList<WebLogin>> ListLoginsAsync(CancellationToken cancellationToken)
    {
        var result = new List<WebLogin>();
        await ReadCredentialsAsync(
            "SELECT actor, updated_at, updated_by FROM web_logins ORDER BY actor",
            [],
            rows => result.Add(new WebLogin(rows.GetString(0), Utc(rows.GetDateTime(1)), rows.GetString(2))),
            cancellationToken).ConfigureAwait(false);
        return result;
    }

    public Task CreateApiTokenAsync(ApiToken token, string secretHash, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentException.ThrowIfNullOrWhiteSpace(secretHash);
        return WriteLifecycleAsync(
            async writer =>
            {
                await Sql.ExecuteAsync(
                    writer,
                    "INSERT INTO api_tokens VALUES ($id, $hash, $actor, $label, $created, $by, $expires, NULL, NULL)",
                    cancellationToken,
                    ("id", token.Id),
                    ("hash", secretHash),
                    ("actor", token.Actor),
                    ("label", token.Label),
                    ("created", token.CreatedAt.UtcDateTime),
                    ("by", token.CreatedBy),
                    ("expires", token.ExpiresAt.UtcDateTime)).ConfigureAwait(false);
                var details = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
                {
                    ["actor"] = token.Actor,
                    ["label"] = token.Label,
                    ["expiresAt"] = Core.Ledger.InvariantText.Timestamp(token.ExpiresAt),
                });
                await AuditSql.AppendAsync(writer, token.CreatedAt, token.CreatedBy, AuditActions.TokenCreate, "token:" + token.Id, details, null, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public async Task<ApiToken?> FindApiTokenAsync(string secretHash, CancellationToken cancellationToken)
    {
        ApiToken? found = null;
        await ReadCredentialsAsync($"SELECT {TokenColumns} FROM api_tokens WHERE secret_hash = $hash", [("hash", secretHash)], rows => found = ReadToken(rows), cancellationToken).ConfigureAwait(false);
        return found;
    }

    public async Task<IReadOnlyList<ApiToken>> ListApiTokensAsync(CancellationToken cancellationToken)
    {
        var result = new List<ApiToken>();
        await ReadCredentialsAsync($"SELECT {TokenColumns} FROM api_tokens ORDER BY created_at, id", [], rows => result.Add(ReadToken(rows)), cancellationToken).ConfigureAwait(false);
        return result;
    }

    public async Task<bool> RevokeApiTokenAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var revoked = false;
        await WriteLifecycleAsync(
            async writer =>
            {
                revoked = await Sql.ExecuteAsync(
                    writer,
                    "UPDATE api_tokens SET revoked_at = $at, revoked_by = $by WHERE id = $id AND revoked_at IS NULL",
                    cancellationToken,
                    ("id", id),
                    ("at", at.UtcDateTime),
                    ("by", by)).ConfigureAwait(false) > 0;
                if (revoked)
                {
                    await AuditSql.AppendAsync(writer, at, by, AuditActions.TokenRevoke, "token:" + id, null, null, cancellationToken).ConfigureAwait(false);
                }
            },
            cancellationToken).ConfigureAwait(false);
        return revoked;
    }

    private static ApiToken ReadToken(DbDataReader rows) => new(
        rows.GetString(0),
        rows.GetString(1),
        rows.GetString(2),
        Utc(rows.GetDateTime(3)),
        rows.GetString(4),
        Utc(rows.GetDateTime(5)),
        rows.IsDBNull(6) ? null : Utc(rows.GetDateTime(6)));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    private async Task ReadCredentialsAsync(string sql, (string Name, object? Value)[] parameters, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, sql, parameters);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            read(rows);
        }
    }
}
