using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using ValueLedger.Core.Security;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Tests.Security;

/// <summary>API tokens: expired, revoked and malformed ones answer 401 with the reason in WWW-Authenticate; a valid token of an actor without a role answers 403.</summary>
[Collection(SecurityTestGroup.Name)]
public sealed class TokenTests(DemoLedgerFixture ledger)
{
    private const string Url = "/api/initiatives";

    [Fact]
    public async Task Token_Expired_Returns401SayingExpired()
    {
        var now = DateTimeOffset.UtcNow;
        var secret = await CreateAsync("admin", now.AddDays(-30), now.AddMinutes(-1));
        using var response = await GetAsync(secret);
        AssertUnauthorized(response, "expired");
    }

    [Fact]
    public async Task Token_Revoked_Returns401SayingRevoked()
    {
        var now = DateTimeOffset.UtcNow;
        var secret = await CreateAsync("admin", now.AddDays(-1), now.AddDays(30), out var id);
        using (var before = await GetAsync(secret))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        var store = await StoreAsync();
        Assert.True(await store.RevokeApiTokenAsync(id, "tests", now, CancellationToken.None));
        ApiTokenHandler.ClearCache(); // Lookups are cached for 30 s; revocation through the API clears the cache too.
        using var response = await GetAsync(secret);
        AssertUnauthorized(response, "revoked");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("vl_0000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Token_GarbageOrUnknown_Returns401(string secret)
    {
        using var response = await GetAsync(secret);
        AssertUnauthorized(response, secret == "abc" ? "malformed" : "unknown");
    }

    [Fact]
    public async Task Token_ActorNotInAccessList_Returns403()
    {
        var now = DateTimeOffset.UtcNow;
        var secret = await CreateAsync("former-employee", now.AddDays(-1), now.AddDays(30));
        using var response = await GetAsync(secret);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("support-copilot", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static void AssertUnauthorized(HttpResponseMessage response, string reason)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = string.Join(",", response.Headers.WwwAuthenticate.Select(h => h.ToString()));
        Assert.Contains("Bearer", challenge, StringComparison.Ordinal);
        Assert.Contains("error_description=", challenge, StringComparison.Ordinal);
        Assert.Contains(reason, challenge, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> GetAsync(string secret)
    {
        using var client = ledger.ClientFor(null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return await client.GetAsync(new Uri(Url, UriKind.Relative));
    }

    private Task<string> CreateAsync(string actor, DateTimeOffset created, DateTimeOffset expires) => CreateAsync(actor, created, expires, out _);

    private Task<string> CreateAsync(string actor, DateTimeOffset created, DateTimeOffset expires, out string id)
    {
        var secret = ApiTokenSecret.Create(out id);
        var token = new ApiToken(id, actor, "security test", created, "tests", expires, null);
        return CreateCoreAsync(token, secret);
    }

    private async Task<string> CreateCoreAsync(ApiToken token, string secret)
    {
        var store = await StoreAsync();
        await store.CreateApiTokenAsync(token, ApiTokenSecret.Hash(secret), CancellationToken.None);
        return secret;
    }

    private async Task<ICredentialStore> StoreAsync() =>
        await ledger.App.Services.GetRequiredService<LedgerAccess>().StoreAsync(CancellationToken.None);
}
