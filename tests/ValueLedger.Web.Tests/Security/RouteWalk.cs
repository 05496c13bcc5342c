using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using ValueLedger.Core.Security;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// The route walker's shared parts: the routes, real parameter values from the demo (as head-of-support sees
/// it), URL filling, and the checks every response must pass (security headers, no inline script or style, no
/// end-user hash or person id).
/// </summary>
public static partial class RouteWalk
{
    /// <summary>The demo's bu-owner who sees only customer support.</summary>
    public const string BuOwner = "head-of-support";

    /// <summary>Routes that answer without a login (everything else must refuse an anonymous caller).</summary>
    public static readonly IReadOnlySet<string> PublicRoutes = new HashSet<string>(StringComparer.Ordinal)
    {
        "/login", "/logout", "/api/health", "/openapi/{documentName}.json", "/assets/{name}",
    };

    /// <summary>
    /// Routes that are organisation-wide by design and shown to every reader, so another unit's words may appear: the
    /// resistance-and-enabler map names stakeholder groups ("Engineering", "Finance") and owners across the organisation.
    /// They are still walked for personal data, headers and inline code.
    /// </summary>
    public static readonly IReadOnlySet<string> OrganisationWideRoutes = new HashSet<string>(StringComparer.Ordinal)
    {
        "/api/registers/resistances", "/api/registers/resistances/{id}", "/registers/resistances",
    };

    public static async Task<DemoScope> ScopeAsync(DemoLedgerFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        var access = fixture.App.Services.GetRequiredService<LedgerAccess>();
        var store = await access.StoreAsync(CancellationToken.None);
        var sources = await store.ListSourcesAsync(CancellationToken.None);
        var tokens = await ((ICredentialStore)store).ListApiTokensAsync(CancellationToken.None);
        using var showback = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri("/api/showback", UriKind.Relative)));
        var month = showback.RootElement.GetProperty("month").GetString()!;
        var common = new Dictionary<ParameterKind, string>
        {
            [ParameterKind.Month] = month,
            [ParameterKind.Day] = month + "-01",
            [ParameterKind.Asset] = "app.css",
            [ParameterKind.Source] = sources[0].Id.ToString(CultureInfo.InvariantCulture),
            [ParameterKind.Token] = tokens[0].Id,
            [ParameterKind.Actor] = "admin",
            [ParameterKind.Document] = "v1",
            [ParameterKind.Version] = "1",
            [ParameterKind.Control] = "usage-monitoring",
            [ParameterKind.Line] = sources[0].Id.ToString(CultureInfo.InvariantCulture) + ":1",
            [ParameterKind.Resistance] = "engineering-surveillance",
            [ParameterKind.RoleChange] = "support-agent",
        };
        var outcomes = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            using var json = JsonDocument.Parse(await fixture.Client.GetStringAsync(new Uri($"/api/outcomes?pageSize=500&page={page}", UriKind.Relative)));
            var items = json.RootElement.GetProperty("items");
            foreach (var item in items.EnumerateArray())
            {
                outcomes.TryAdd(item.GetProperty("initiative").GetString()!, item.GetProperty("id").GetInt64());
            }

            if (items.GetArrayLength() < 500)
            {
                break;
            }
        }

        var user = Web.Security.CurrentUser.For(access.Organisation, BuOwner, viaToken: true);
        return new DemoScope(access.Organisation, user.BusinessUnits!, common, outcomes);
    }

    /// <summary>The route's path with every parameter filled: <paramref name="value"/> for the one at <paramref name="index"/>, the own value for the rest.</summary>
    public static string Fill(WebRoute route, DemoScope scope, int index = -1, string? value = null)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(scope);
        var position = 0;
        return Parameter().Replace(route.Pattern, m =>
        {
            var (name, after) = route.RouteParameters[position];
            var chosen = position == index ? value! : scope.Own(KnownParameters.Route(name, after)) ?? "x";
            position++;
            return Uri.EscapeDataString(chosen);
        });
    }

    /// <summary>Security headers on every response; for HTML, nothing the CSP would block; never an end-user hash or a raw person id.</summary>
    public static async Task<string> InspectAsync(HttpResponseMessage response, string url, IEnumerable<string> endUserHashes)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(endUserHashes);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode < 500, $"{url}: {(int)response.StatusCode} {Cut(body)}");
        Assert.True(Header(response, "X-Content-Type-Options") == "nosniff", $"{url}: nosniff");
        Assert.True(Header(response, "X-Frame-Options") == "DENY", $"{url}: X-Frame-Options");
        Assert.True(Header(response, "Referrer-Policy") == "no-referrer", $"{url}: Referrer-Policy");
        var csp = Header(response, "Content-Security-Policy") ?? string.Empty;
        Assert.True(csp.Contains("default-src 'none'", StringComparison.Ordinal) && !csp.Contains("unsafe-", StringComparison.Ordinal), $"{url}: CSP '{csp}'");
        if (response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            Assert.True(!InlineScript().IsMatch(body), $"{url}: inline <script> without src: {InlineScript().Match(body).Value}");
            Assert.True(!StyleAttribute().IsMatch(body), $"{url}: style attribute or block: {StyleAttribute().Match(body).Value}");
            Assert.True(!EventHandler().IsMatch(body), $"{url}: inline event handler: {EventHandler().Match(body).Value}");
            Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        }

        foreach (var hash in endUserHashes)
        {
            Assert.True(!body.Contains(hash, StringComparison.Ordinal), $"{url}: end-user hash {hash} in the response");
        }

        Assert.True(!body.Contains("@northwind.example", StringComparison.OrdinalIgnoreCase), $"{url}: a person's e-mail address in the response");
        return body;
    }

    public static bool IsLoginRedirect(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
        && response.Headers.Location is { } to && PathOf(to).StartsWith("/login", StringComparison.Ordinal);

    public static bool IsForbidden(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther
            && response.Headers.Location is { } to && PathOf(to).StartsWith("/forbidden", StringComparison.Ordinal));

    public static string PathOf(Uri location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
    }

    public static string Cut(string text) => text.Length > 400 ? text[..400] + "…" : text;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(",", values) : null;

    [GeneratedRegex(@"\{\**[A-Za-z0-9_]+[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"<[a-z][^>]*\sstyle\s*=|<style[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();
}
