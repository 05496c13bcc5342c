using System.Net;
using Microsoft.AspNetCore.TestHost;

namespace ValueLedger.Web.Tests.Security;

/// <summary>The login form: session cookie flags, one message for every failure, no open redirect, rate limit.</summary>
[Collection(SecurityTestGroup.Name)]
public sealed class LoginTests(DemoLedgerFixture ledger)
{
    [Fact]
    public async Task Login_RightPassword_SetsHttpOnlyStrictSessionCookie()
    {
        using var session = new WebSession(ledger.App);
        using var response = await session.PostLoginAsync("cfo", ledger.DemoPasswords["cfo"]);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{(int)response.StatusCode}");
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("vl_session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        using var page = await session.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task Login_WrongPasswordOrUnknownUser_Same401Message()
    {
        using var session = new WebSession(ledger.App);
        using var wrong = await session.PostLoginAsync("cfo", "not-the-password-at-all");
        using var unknown = await session.PostLoginAsync("nobody-here", "not-the-password-at-all");
        var wrongBody = await wrong.Content.ReadAsStringAsync();
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Contains("Wrong user name or password", wrongBody, StringComparison.Ordinal);
        Assert.Contains("Wrong user name or password", unknownBody, StringComparison.Ordinal);

        // Apart from the echoed name and the fresh CSRF token, the two pages are the same: nothing tells which was wrong.
        static string Neutral(string html, string name) =>
            System.Text.RegularExpressions.Regex.Replace(html.Replace(name, "NAME", StringComparison.Ordinal), "value=\"[^\"]{40,}\"", "value=\"TOKEN\"");
        Assert.Equal(Neutral(wrongBody, "cfo"), Neutral(unknownBody, "nobody-here"));
        Assert.False(wrong.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("vl_session=", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("http:evil.example")]
    public async Task Login_ForeignReturnUrl_RedirectsHome(string returnUrl)
    {
        using var session = new WebSession(ledger.App);
        using var response = await session.PostLoginAsync("auditor", ledger.DemoPasswords["auditor"], returnUrl);
        Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{(int)response.StatusCode}");
        Assert.Equal("/", RouteWalk.PathOf(response.Headers.Location!));
    }

    [Fact]
    public async Task Login_LocalReturnUrl_IsFollowed()
    {
        using var session = new WebSession(ledger.App);
        using var response = await session.PostLoginAsync("auditor", ledger.DemoPasswords["auditor"], "/api/initiatives");
        Assert.Equal("/api/initiatives", RouteWalk.PathOf(response.Headers.Location!));
    }

    [Fact]
    public async Task Login_21BadAttemptsInAMinute_Returns429()
    {
        // Its own server: the shared fixture sets no special limit, but other tests log in from the same address.
        var folder = Path.Combine(ledger.Folder, "rate-limit");
        Directory.CreateDirectory(folder);
        await using var app = WebHost.Build(new WebOptions
        {
            LedgerPath = Path.Combine(folder, "empty.duckdb"),
            OrganisationPath = ledger.Org,
            LoginAttemptsPerMinute = 20,
            ConfigureBuilder = b => b.WebHost.UseTestServer(),
        });
        await app.StartAsync();
        using var session = new WebSession(app);
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 21; i++)
        {
            using var response = await session.PostLoginAsync("nobody", "wrong password " + i);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(20), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[20]);
        await app.StopAsync();
    }
}
