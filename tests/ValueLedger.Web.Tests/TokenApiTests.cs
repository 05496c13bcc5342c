using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary><c>/api/tokens</c>: admins create (secret once), list (never the secret) and revoke (at once) API tokens.</summary>
public sealed class TokenApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task CreateListRevoke_Admin_SecretWorksOnceListedThenRefusedAtOnce()
    {
        using var created = await ledger.Client.PostAsJsonAsync("/api/tokens", new { actor = "auditor", label = "bi export", days = 7 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("no-store", created.Headers.CacheControl?.ToString());
        using var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync());
        var secret = body.RootElement.GetProperty("secret").GetString()!;
        var id = body.RootElement.GetProperty("token").GetProperty("id").GetString()!;

        using var bi = ledger.ClientFor(null);
        bi.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await bi.GetAsync("/api/spend")).StatusCode);

        var list = await ledger.Client.GetStringAsync("/api/tokens");
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        using (var tokens = JsonDocument.Parse(list))
        {
            var row = Assert.Single(tokens.RootElement.EnumerateArray(), t => t.GetProperty("id").GetString() == id);
            Assert.Equal("active", row.GetProperty("state").GetString());
            Assert.Equal("auditor", row.GetProperty("actor").GetString());
        }

        Assert.Equal(HttpStatusCode.NoContent, (await ledger.Client.PostAsync($"/api/tokens/{id}/revoke", null)).StatusCode);
        using var refused = await bi.GetAsync("/api/spend");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("revoked", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await ledger.Client.PostAsync($"/api/tokens/{id}/revoke", null)).StatusCode);
        var audit = await DemoLedgerFixture.CliAsync("audit", "--db", ledger.Db, "--subject", "token:" + id, "--format", "json");
        Assert.Contains("token.revoke", audit.Stdout, StringComparison.Ordinal);
        Assert.Contains("token.create", audit.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nobody-in-access", 90, "has no role")]
    [InlineData("auditor", 400, "days must be between 1 and 366")]
    public async Task Create_BadRequest_422WithTheReason(string actor, int days, string reason)
    {
        using var response = await ledger.Client.PostAsJsonAsync("/api/tokens", new { actor, days });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cfo")]
    [InlineData("head-of-support")]
    [InlineData("auditor")]
    public async Task Tokens_NotAdmin_Forbidden(string actor)
    {
        using var client = ledger.ClientFor(actor);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/tokens", new { actor = "admin" })).StatusCode);
    }
}
