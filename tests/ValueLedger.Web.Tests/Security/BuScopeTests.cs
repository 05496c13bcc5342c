using System.Net;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// Walks every GET route as head-of-support (bu-owner of customer-support only): no response names another unit,
/// its initiatives or their owners; another unit's object answers exactly like an unknown one (404, no probing);
/// routes behind a ledger-wide or role policy answer 403 (API) or the forbidden page.
/// </summary>
[Collection(SecurityTestGroup.Name)]
public sealed class BuScopeTests(DemoLedgerFixture ledger)
{
    private static readonly string[] LedgerWideWords = ["/spend", "/coverage", "/reconciliation", "/imports", "/audit"];

    private static readonly ParameterKind[] Scoped = [ParameterKind.BusinessUnit, ParameterKind.Initiative, ParameterKind.Outcome];

    [Fact]
    public async Task BuOwner_EveryGetRoute_NoOtherUnitsDataAndForeignIdsAre404()
    {
        var scope = await RouteWalk.ScopeAsync(ledger);
        Assert.NotEmpty(scope.Foreign(ParameterKind.Outcome));
        using var api = ledger.ClientFor(RouteWalk.BuOwner);
        using var session = new WebSession(ledger.App);
        await session.LoginAsync(RouteWalk.BuOwner, ledger.DemoPasswords[RouteWalk.BuOwner]);
        var failures = new List<string>();
        var walked = 0;

        async Task<HttpResponseMessage> GetAsync(WebRoute route, string url)
        {
            walked++;
            return route.IsApi ? await api.GetAsync(new Uri(url, UriKind.Relative)) : await session.Client.GetAsync(new Uri(url, UriKind.Relative));
        }

        async Task<(HttpStatusCode Status, string Body)> CheckAsync(WebRoute route, string url, string? asked)
        {
            using var response = await GetAsync(route, url);
            var body = await RouteWalk.InspectAsync(response, url, ledger.EndUserHashes);
            var leaks = RouteWalk.OrganisationWideRoutes.Contains(route.Pattern) ? Array.Empty<string>() : scope.Leaks(body, asked);
            if (leaks.Count > 0)
            {
                failures.Add($"{url} ({(int)response.StatusCode}) shows another unit's {string.Join(", ", leaks)}");
            }

            if (RouteWalk.IsLoginRedirect(response))
            {
                failures.Add($"{url}: sent to the login page");
            }

            if (route.NeedsMoreThanRead && !RouteWalk.IsForbidden(response))
            {
                failures.Add($"{url}: needs {string.Join('/', route.Policies)} but answered {(int)response.StatusCode}, not 403/forbidden");
            }

            return (RouteWalk.IsForbidden(response) ? HttpStatusCode.Forbidden : response.StatusCode, body);
        }

        foreach (var route in RouteCatalog.Of(ledger.App).Where(r => r.IsGet && !RouteWalk.PublicRoutes.Contains(r.Pattern)))
        {
            var path = RouteWalk.Fill(route, scope);
            await CheckAsync(route, path, null);

            // Route parameters: another unit's object must look exactly like one that does not exist.
            for (var i = 0; i < route.RouteParameters.Count; i++)
            {
                var kind = KnownParameters.Route(route.RouteParameters[i].Name, route.RouteParameters[i].After);
                if (!Scoped.Contains(kind) || route.NeedsMoreThanRead)
                {
                    continue;
                }

                var missing = await CheckAsync(route, RouteWalk.Fill(route, scope, i, DemoScope.Missing(kind)), DemoScope.Missing(kind));
                Assert.True(missing.Status == HttpStatusCode.NotFound, $"{route}: an unknown {kind} answered {(int)missing.Status}");
                foreach (var foreign in scope.Foreign(kind))
                {
                    var url = RouteWalk.Fill(route, scope, i, foreign);
                    var answer = await CheckAsync(route, url, foreign);
                    if (answer.Status != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{url}: another unit's {kind} answered {(int)answer.Status}, not 404 like an unknown one");
                    }
                }
            }

            // Query parameters that name an object: another unit's answers like an unknown one.
            foreach (var name in route.QueryParameters.Where(q => Scoped.Contains(KnownParameters.Query(q))))
            {
                var kind = KnownParameters.Query(name);
                var missing = await CheckAsync(route, $"{path}?{name}={DemoScope.Missing(kind)}", DemoScope.Missing(kind));
                foreach (var foreign in scope.Foreign(kind))
                {
                    var url = $"{path}?{name}={Uri.EscapeDataString(foreign)}";
                    var answer = await CheckAsync(route, url, foreign);
                    if (answer.Status != missing.Status)
                    {
                        failures.Add($"{url}: another unit's {kind} answered {(int)answer.Status}, an unknown one {(int)missing.Status} (tells that it exists)");
                    }
                }

                await CheckAsync(route, $"{path}?{name}={Uri.EscapeDataString(scope.Own(kind)!)}", null);
            }
        }

        Assert.True(walked >= 20, $"only {walked} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task BuOwner_LedgerWideRoutes_AreForbidden()
    {
        // Spend explorer, coverage, reconciliation, imports and audit show the whole ledger (Policies.LedgerWide): a
        // route named so must refuse a bu-owner even if it names no unit (a forgotten policy would show ledger-wide totals).
        var scope = await RouteWalk.ScopeAsync(ledger);
        using var api = ledger.ClientFor(RouteWalk.BuOwner);
        using var session = new WebSession(ledger.App);
        await session.LoginAsync(RouteWalk.BuOwner, ledger.DemoPasswords[RouteWalk.BuOwner]);
        var routes = RouteCatalog.Of(ledger.App).Where(r => r.IsGet && LedgerWideWords.Any(w => r.Pattern.Contains(w, StringComparison.Ordinal))).ToList();
        Assert.Contains(routes, r => r.Pattern == "/api/spend");
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var url = RouteWalk.Fill(route, scope);
            using var response = route.IsApi ? await api.GetAsync(new Uri(url, UriKind.Relative)) : await session.Client.GetAsync(new Uri(url, UriKind.Relative));
            await RouteWalk.InspectAsync(response, url, ledger.EndUserHashes);
            if (!RouteWalk.IsForbidden(response))
            {
                failures.Add($"{url}: answered a bu-owner {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task BuOwner_ForbiddenWords_AreFoundWhenPresent()
    {
        // The detector itself must catch a leak, or the walk above proves nothing.
        var scope = await RouteWalk.ScopeAsync(ledger);
        Assert.Contains("sales-email-drafts", scope.Leaks("""{"id":"sales-email-drafts"}"""));
        Assert.Contains("sales", scope.Leaks("""{"bu":"sales"}"""));
        Assert.Contains("Sales", scope.Leaks("<td>Sales</td>"));
        Assert.Contains("finance", scope.Leaks("/showback?bu=finance&month=2026-05"));
        Assert.Empty(scope.Leaks("""<td>Customer Support</td><p>admin or finance may import</p><a href="/showback?bu=customer-support">"""));
        Assert.Empty(scope.Leaks("unknown initiative 'sales-email-drafts'", asked: "sales-email-drafts"));
    }
}
