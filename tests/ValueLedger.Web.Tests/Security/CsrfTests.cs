using System.Net;
using System.Text;

namespace ValueLedger.Web.Tests.Security;

/// <summary>Every state-changing route, called with the session cookie but without the CSRF token, is refused with 400 "CSRF" (or 401 where only API tokens are accepted).</summary>
[Collection(SecurityTestGroup.Name)]
public sealed class CsrfTests(DemoLedgerFixture ledger)
{
    [Theory]
    [InlineData("form")]
    [InlineData("json")]
    [InlineData("multipart")]
    public async Task EveryNonGetRoute_CookieWithoutToken_Returns400Csrf(string body)
    {
        var scope = await RouteWalk.ScopeAsync(ledger);
        var routes = RouteCatalog.Of(ledger.App).Where(r => r.Methods.Any(m => m != "GET" && m != "HEAD")).ToList();
        Assert.Contains(routes, r => r.Pattern == "/logout");
        var sessions = new Dictionary<string, WebSession>(StringComparer.Ordinal);
        try
        {
            foreach (var route in routes)
            {
                // An actor the route's policy admits, so that the request reaches the CSRF guard: finance for finance decisions, else admin.
                var actor = route.Policies.Contains(Web.Security.Policies.Finance) ? "cfo" : "admin";
                if (!sessions.TryGetValue(actor, out var session))
                {
                    session = new WebSession(ledger.App);
                    await session.LoginAsync(actor, ledger.DemoPasswords[actor]);
                    sessions[actor] = session;
                }

                var url = RouteWalk.Fill(route, scope);
                foreach (var method in route.Methods.Where(m => m != "GET" && m != "HEAD"))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(body) };
                    using var response = await session.Client.SendAsync(request);
                    var text = await RouteWalk.InspectAsync(response, $"{method} {url}", ledger.EndUserHashes);
                    // 401: a token-only route (OTLP) ignores the session cookie altogether, so a forged request cannot act either.
                    var refused = (response.StatusCode == HttpStatusCode.BadRequest && text.Contains("CSRF", StringComparison.Ordinal))
                        || (response.StatusCode == HttpStatusCode.Unauthorized && route.IsApi);
                    Assert.True(refused, $"{method} {url} ({body}) as {actor}: {(int)response.StatusCode} {RouteWalk.Cut(text)}");
                }
            }
        }
        finally
        {
            foreach (var session in sessions.Values)
            {
                session.Dispose();
            }
        }
    }

    [Fact]
    public async Task Logout_WithToken_EndsTheSession()
    {
        using var session = new WebSession(ledger.App);
        await session.LoginAsync("auditor", ledger.DemoPasswords["auditor"]);
        var html = await session.Client.GetStringAsync(new Uri("/", UriKind.Relative));
        using var form = new FormUrlEncodedContent([new("__csrf", WebSession.CsrfOf(html))]);
        using var logout = await session.Client.PostAsync(new Uri("/logout", UriKind.Relative), form);
        Assert.True(logout.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{(int)logout.StatusCode}");
        using var after = await session.Client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.True(RouteWalk.IsLoginRedirect(after), $"after logout: {(int)after.StatusCode}");
    }

    private static HttpContent Body(string kind) => kind switch
    {
        "form" => new FormUrlEncodedContent([new("x", "1")]),
        "json" => new StringContent("{}", Encoding.UTF8, "application/json"),
        _ => new MultipartFormDataContent { { new StringContent("a,b\n1,2\n"), "file", "bill.csv" } },
    };
}
