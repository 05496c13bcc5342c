namespace ValueLedger.Core.Security;

/// <summary>
/// An API token for automation and OTLP exporters: it acts as <see cref="Actor"/> (whose roles come from
/// organisation.yaml <c>access:</c>), is valid in [<see cref="CreatedAt"/>, <see cref="ExpiresAt"/>) unless
/// revoked. Only a SHA-256 hash of the secret is stored; the secret is shown once, at creation.
/// </summary>
public sealed record ApiToken(string Id, string Actor, string Label, DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    /// <summary>Usable at <paramref name="now"/>: not revoked and not expired.</summary>
    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}
