using ValueLedger.Core.Security;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Tests.Security;

public sealed class CredentialStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task SetPasswordHash_SetTwice_KeepsTheLatestAndAuditsBothWithoutTheHash()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.SetPasswordHashAsync("cfo", "hash-one", "admin", At, CancellationToken.None);
        await store.SetPasswordHashAsync("cfo", "hash-two", "admin", At.AddMinutes(1), CancellationToken.None);

        Assert.Equal("hash-two", await store.FindPasswordHashAsync("cfo", CancellationToken.None));
        Assert.Null(await store.FindPasswordHashAsync("nobody", CancellationToken.None));
        var login = Assert.Single(await store.ListLoginsAsync(CancellationToken.None));
        Assert.Equal(new WebLogin("cfo", At.AddMinutes(1), "admin"), login);
        var audit = await store.QueryAuditAsync("login:cfo", null, null, 10, CancellationToken.None);
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Equal(AuditActions.LoginSetPassword, e.Action));
        Assert.All(audit, e => Assert.DoesNotContain("hash", e.Details ?? string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RemoveLogin_PresentThenAbsent_TrueThenFalse()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.SetPasswordHashAsync("cfo", "hash", "admin", At, CancellationToken.None);

        Assert.True(await store.RemoveLoginAsync("cfo", "admin", At, CancellationToken.None));
        Assert.False(await store.RemoveLoginAsync("cfo", "admin", At, CancellationToken.None));
        Assert.Null(await store.FindPasswordHashAsync("cfo", CancellationToken.None));
        Assert.Single(await store.QueryAuditAsync("login:cfo", null, null, 10, CancellationToken.None), e => e.Action == AuditActions.LoginRemove);
    }

    [Fact]
    public async Task ApiToken_CreateFindRevoke_RoundTripsAndRevokesOnce()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var secret = ApiTokenSecret.Create(out var id);
        var token = new ApiToken(id, "otel-collector", "prod exporter", At, "admin", At.AddDays(90), null);
        await store.CreateApiTokenAsync(token, ApiTokenSecret.Hash(secret), CancellationToken.None);

        Assert.Equal(token, await store.FindApiTokenAsync(ApiTokenSecret.Hash(secret), CancellationToken.None));
        Assert.Null(await store.FindApiTokenAsync(ApiTokenSecret.Hash(secret + "x"), CancellationToken.None));
        Assert.True(await store.RevokeApiTokenAsync(id, "admin", At.AddDays(1), CancellationToken.None));
        Assert.False(await store.RevokeApiTokenAsync(id, "admin", At.AddDays(2), CancellationToken.None));
        var revoked = await store.FindApiTokenAsync(ApiTokenSecret.Hash(secret), CancellationToken.None);
        Assert.Equal(At.AddDays(1), revoked!.RevokedAt);
        Assert.False(revoked.IsActiveAt(At.AddDays(1)));
        Assert.Equal([AuditActions.TokenRevoke, AuditActions.TokenCreate], (await store.QueryAuditAsync("token:" + id, null, null, 10, CancellationToken.None)).Select(e => e.Action));
        var created = (await store.QueryAuditAsync("token:" + id, null, null, 10, CancellationToken.None))[1];
        Assert.DoesNotContain(secret, created.Details ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void ApiTokenSecret_Create_IsUniqueShapedAndHashedStably()
    {
        var first = ApiTokenSecret.Create(out var firstId);
        var second = ApiTokenSecret.Create(out var secondId);

        Assert.NotEqual(first, second);
        Assert.NotEqual(firstId, secondId);
        Assert.StartsWith("vl_" + firstId + "_", first, StringComparison.Ordinal);
        Assert.True(ApiTokenSecret.LooksLikeToken(first));
        Assert.False(ApiTokenSecret.LooksLikeToken("abc"));
        Assert.Equal(ApiTokenSecret.Hash(first), ApiTokenSecret.Hash(first));
        Assert.Equal(64, ApiTokenSecret.Hash(first).Length);
    }

    [Fact]
    public void ApiToken_IsActiveAt_ExpiryIsExclusive()
    {
        var token = new ApiToken("id", "a", "l", At, "admin", At.AddDays(1), null);
        Assert.True(token.IsActiveAt(At));
        Assert.False(token.IsActiveAt(At.AddDays(1)));
    }
}
