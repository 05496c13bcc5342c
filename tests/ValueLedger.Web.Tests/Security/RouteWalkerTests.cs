using System.Net;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// Walks every route the application maps (read from its endpoint list, so later endpoints are covered):
/// anonymous callers are refused, every response carries the security headers and nothing the CSP would block,
/// and no response carries an end-user hash or a person's e-mail.
/// </summary>
[Collection(SecurityTestGroup.Name)]
public sealed class RouteWalkerTests(DemoLedgerFixture ledger)
{
    [Fact]
    public void RouteWalker_EveryParameterIsKnown()
    {
        var routes = RouteCatalog.Of(ledger.App);
        Assert.Contains(routes, r => r.Pattern == "/api/initiatives/{id}");
        Assert.Contains(routes, r => r.Pattern == "/login" && r.Methods.Contains("POST"));
        var unknown = routes.SelectMany(r => r.RouteParameters.Where(p => KnownParameters.Route(p.Name, p.After) == ParameterKind.Unknown).Select(p => $"{r}: {{{p.Name}}}")).ToList();
        Assert.True(unknown.Count == 0, "map these route parameters in KnownParameters (and give candidate values in DemoScope/RouteWalk):\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void RouteWalker_AnonymousEndpoints_OnlyTheListedPublicOnes()
    {
        var anonymous = RouteCatalog.Of(ledger.App).Where(r => r.Anonymous).Select(r => r.Pattern).Distinct().ToList();
        var unexpected = anonymous.Where(p => !RouteWalk.PublicRoutes.Contains(p)).ToList();
        Assert.True(unexpected.Count == 0, "endpoints open to anonymous callers: " + string.Join(", ", unexpected));
    }

    [Fact]
    public async Task RouteWalker_AnonymousCaller_Gets401ProblemOrLoginRedirect()
    {
        var scope = await RouteWalk.ScopeAsync(ledger);
        using var anonymous = ledger.ClientFor(null);
        var walked = 0;
        foreach (var route in RouteCatalog.Of(ledger.App).Where(r => !RouteWalk.PublicRoutes.Contains(r.Pattern)))
        {
            var url = RouteWalk.Fill(route, scope);
            foreach (var method in route.Methods.DefaultIfEmpty("GET"))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method != "GET")
                {
                    request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
                }

                using var response = await anonymous.SendAsync(request);
                var body = await RouteWalk.InspectAsync(response, $"{method} {url}", ledger.EndUserHashes);
                if (route.IsApi)
                {
                    Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {url}: {(int)response.StatusCode} {RouteWalk.Cut(body)}");
                    Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                }
                else
                {
                    Assert.True(RouteWalk.IsLoginRedirect(response), $"{method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
                }

                walked++;
            }
        }

        Assert.True(walked >= 8, $"only {walked} routes walked");
    }

    [Fact]
    public async Task RouteWalker_EveryGetAsAdmin_HeadersNoInlineCodeNoPersonalData()
    {
        var scope = await RouteWalk.ScopeAsync(ledger);
        using var session = new WebSession(ledger.App);
        await session.LoginAsync("admin", ledger.DemoPasswords["admin"]);
        var walked = 0;
        foreach (var route in RouteCatalog.Of(ledger.App).Where(r => r.IsGet))
        {
            var path = RouteWalk.Fill(route, scope);
            var urls = new List<string> { path };
            urls.AddRange(route.QueryParameters.Select(q => (q, scope.Own(KnownParameters.Query(q))))
                .Where(q => q.Item2 is not null).Select(q => $"{path}?{q.q}={Uri.EscapeDataString(q.Item2!)}"));
            foreach (var url in urls)
            {
                // Pages as a logged-in person (cookie), the API as automation (token): the way each is used.
                using var response = route.IsApi ? await ledger.Client.GetAsync(new Uri(url, UriKind.Relative)) : await session.Client.GetAsync(new Uri(url, UriKind.Relative));
                await RouteWalk.InspectAsync(response, url, ledger.EndUserHashes);
                Assert.False(RouteWalk.IsLoginRedirect(response), $"{url}: admin sent to the login page");
                walked++;
            }
        }

        Assert.True(walked >= 8, $"only {walked} requests");
        Assert.NotEmpty(ledger.EndUserHashes);
    }
}
