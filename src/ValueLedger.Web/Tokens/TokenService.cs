using ValueLedger.Core.Organisation;
using ValueLedger.Core.Security;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Tokens;

/// <summary>
/// Creating and revoking API tokens from the web (admin only), as <c>valueledger token create|revoke</c> does: the
/// secret is returned once and only its SHA-256 is stored; a token for an actor without a role in organisation.yaml
/// <c>access:</c> is refused (it would open nothing). Revocation also clears the server's token cache, so it takes
/// effect at once here.
/// </summary>
internal static class TokenService
{
    public const int MaxDays = 366;
    public const int MaxLabelLength = 100;

    /// <summary>Why the request cannot be honoured, or null.</summary>
    public static string? Refusal(Organisation organisation, string? actor, string? label, int days)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        if (string.IsNullOrWhiteSpace(actor))
        {
            return "name the actor the token acts as";
        }

        if (organisation.RolesOf(actor).Count == 0)
        {
            return $"'{actor}' has no role in organisation.yaml access:, so a token for it would open nothing";
        }

        if (label is { Length: > MaxLabelLength })
        {
            return $"the label is longer than {MaxLabelLength} characters";
        }

        return days is < 1 or > MaxDays ? $"days must be between 1 and {MaxDays}" : null;
    }

    public static async Task<(ApiToken Token, string Secret)> CreateAsync(LedgerAccess ledger, string actor, string? label, int days, string createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var secret = ApiTokenSecret.Create(out var id);
        var now = ledger.Time.GetUtcNow();
        var token = new ApiToken(id, actor, string.IsNullOrWhiteSpace(label) ? "api" : label.Trim(), now, createdBy, now.AddDays(days), null);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        await ((ICredentialStore)store).CreateApiTokenAsync(token, ApiTokenSecret.Hash(secret), cancellationToken).ConfigureAwait(false);
        return (token, secret);
    }

    public static async Task<bool> RevokeAsync(LedgerAccess ledger, string id, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var revoked = await ((ICredentialStore)store).RevokeApiTokenAsync(id, by, ledger.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        ApiTokenHandler.ClearCache();
        return revoked;
    }

    public static async Task<IReadOnlyList<ApiToken>> ListAsync(LedgerAccess ledger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        return await ((ICredentialStore)store).ListApiTokensAsync(cancellationToken).ConfigureAwait(false);
    }

    public static string State(ApiToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);
        return token.RevokedAt is not null ? "revoked" : token.IsActiveAt(now) ? "active" : "expired";
    }
}
