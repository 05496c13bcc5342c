using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ValueLedger.Core.Security;

namespace ValueLedger.Web.Security;

/// <summary>
/// <c>Authorization: Bearer vl_…</c>: looks the token up by the SHA-256 of its secret. Lookups are cached for
/// <see cref="CacheFor"/> (the OTLP receiver sends many requests a second), so a revocation takes effect within
/// that time; expiry is judged on every request. Failures answer 401 with the reason in <c>WWW-Authenticate</c>.
/// </summary>
internal sealed class ApiTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    LedgerAccess ledger) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private static readonly ConcurrentDictionary<string, (ApiToken? Token, DateTimeOffset Until)> Cache = new(StringComparer.Ordinal);

    /// <summary>True when the request carries a bearer token (the scheme selector sends it here, not to the cookie).</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!HasBearer(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var secret = Request.Headers.Authorization.ToString()["Bearer ".Length..].Trim();
        if (!ApiTokenSecret.LooksLikeToken(secret))
        {
            return Fail("malformed token");
        }

        var now = ledger.Time.GetUtcNow();
        var hash = ApiTokenSecret.Hash(secret);
        ApiToken? token;
        if (Cache.TryGetValue(hash, out var cached) && cached.Until > now)
        {
            token = cached.Token;
        }
        else
        {
            token = await ledger.WithStoreAsync(s => ((ICredentialStore)s).FindApiTokenAsync(hash, Context.RequestAborted), Context.RequestAborted).ConfigureAwait(false);
            Cache[hash] = (token, now + CacheFor);
        }

        if (token is null)
        {
            return Fail("unknown token");
        }

        if (token.RevokedAt is not null)
        {
            return Fail("token revoked");
        }

        if (now >= token.ExpiresAt)
        {
            return Fail($"token expired at {Core.Ledger.InvariantText.Timestamp(token.ExpiresAt)}");
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, token.Actor), new Claim(WebClaims.TokenId, token.Id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        var result = await HandleAuthenticateOnceSafeAsync().ConfigureAwait(false);
        var reason = result.Failure?.Message ?? "an API token is required";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"Bearer error=\"invalid_token\", error_description=\"{reason}\"";
        await Results.Problem(statusCode: 401, title: "Not authenticated", detail: reason).ExecuteAsync(Context).ConfigureAwait(false);
    }

    protected override async Task HandleForbiddenAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        await Results.Problem(statusCode: 403, title: "Forbidden", detail: "this token's actor does not hold a role that may do this").ExecuteAsync(Context).ConfigureAwait(false);
    }

    /// <summary>Forgets cached lookups (tests, and after a revocation through the API).</summary>
    internal static void ClearCache() => Cache.Clear();

    private static AuthenticateResult Fail(string reason) => AuthenticateResult.Fail(reason);
}
