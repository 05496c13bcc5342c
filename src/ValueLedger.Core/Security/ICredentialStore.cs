namespace ValueLedger.Core.Security;

/// <summary>
/// Web logins and API tokens. Roles are not stored here: they come from organisation.yaml <c>access:</c>, so a
/// login without a role there opens nothing. Every change is audited (<see cref="Value.AuditActions"/>), never
/// with the secret or its hash.
/// </summary>
public interface ICredentialStore
{
    /// <summary>Creates or replaces the login's password hash (a standard KDF's output, see the web project's <c>Passwords</c>).</summary>
    Task SetPasswordHashAsync(string actor, string passwordHash, string by, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>The stored hash, or null when the actor has no login.</summary>
    Task<string?> FindPasswordHashAsync(string actor, CancellationToken cancellationToken);

    /// <summary>Removes the login; false when there was none.</summary>
    Task<bool> RemoveLoginAsync(string actor, string by, DateTimeOffset at, CancellationToken cancellationToken);

    Task<IReadOnlyList<WebLogin>> ListLoginsAsync(CancellationToken cancellationToken);

    /// <summary>Stores a new token under the SHA-256 hash of its secret (<see cref="ApiTokenSecret.Hash"/>).</summary>
    Task CreateApiTokenAsync(ApiToken token, string secretHash, CancellationToken cancellationToken);

    /// <summary>The token whose secret hashes to <paramref name="secretHash"/>, expired or revoked ones included; null when none.</summary>
    Task<ApiToken?> FindApiTokenAsync(string secretHash, CancellationToken cancellationToken);

    Task<IReadOnlyList<ApiToken>> ListApiTokensAsync(CancellationToken cancellationToken);

    /// <summary>Revokes the token; false when there is no such token or it was already revoked.</summary>
    Task<bool> RevokeApiTokenAsync(string id, string by, DateTimeOffset at, CancellationToken cancellationToken);
}
