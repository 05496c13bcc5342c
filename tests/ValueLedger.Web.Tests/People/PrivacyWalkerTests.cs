using System.Net;
using System.Text.Json;
using ValueLedger.Web.Tests.Security;

namespace ValueLedger.Web.Tests.People;

/// <summary>
/// The privacy walker (issue 6): every GET route of the app (read from its endpoint list, so routes added later are
/// walked too), for every demo actor, pages, API JSON and CSV exports: none may return a person hash, a raw identity
/// or a figure counted over fewer than k people.
/// </summary>
[Collection(SecurityTestGroup.Name)]
public sealed class PrivacyWalkerTests(DemoLedgerFixture ledger)
{
    [Fact]
    public async Task PrivacyWalker_EveryGetRouteEveryActor_NoPersonIdentifierNoSmallGroup()
    {
        var scope = await RouteWalk.ScopeAsync(ledger);
        var access = ledger.App.Services.GetLedger();
        var store = await access.StoreAsync(CancellationToken.None);
        var k = access.Organisation.People.MinGroupSize;
        var checks = new PrivacyWalkerChecks(k, await AllowedDigestsAsync(store), PrivacyWalkerIdentities.FromSampleFiles());
        var personHashes = await PersonHashesAsync(store);
        Assert.NotEmpty(personHashes);
        var failures = new List<string>();
        var walked = 0;
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in ledger.DemoPasswords.Keys.Where(a => a != "otel-collector").Order(StringComparer.Ordinal))
        {
            using var session = new WebSession(ledger.App);
            await session.LoginAsync(actor, ledger.DemoPasswords[actor]);
            foreach (var url in Urls(scope))
            {
                using var response = await session.Client.GetAsync(new Uri(url, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                var media = response.Content.Headers.ContentType?.MediaType;
                walked++;
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{actor} {url}: {(int)response.StatusCode}");
                }

                if (response.StatusCode == HttpStatusCode.OK && media is not null)
                {
                    kinds.Add(media);
                }

                failures.AddRange(checks.Check($"{actor} {url}", media, body));
                failures.AddRange(personHashes.Where(h => body.Contains(h, StringComparison.OrdinalIgnoreCase)).Select(h => $"{actor} {url}: person hash {h[..12]}…"));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} problem(s) in {walked} responses:\n" + string.Join("\n", failures.Distinct().Take(40)));
        Assert.Contains("text/html", kinds);
        Assert.Contains("application/json", kinds);
        Assert.Contains("text/csv", kinds);
    }

    [Fact]
    public async Task PrivacyWalker_SmallTeam_BelowThresholdInApiAndPage()
    {
        const string small = "legal-ops";
        using var json = JsonDocument.Parse(await ledger.Client.GetStringAsync(new Uri("/api/people/adoption", UriKind.Relative)));
        var team = json.RootElement.GetProperty("teams").EnumerateArray().Single(t => t.GetProperty("team").GetString() == small);
        var page = await ledger.Client.GetStringAsync(new Uri("/adoption", UriKind.Relative));
        var row = page[page.IndexOf($"data-team=\"{small}\"", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];

        Assert.Equal("below-threshold", team.GetProperty("members").GetProperty("state").GetString());
        Assert.False(team.GetProperty("members").TryGetProperty("count", out _));
        Assert.All(team.GetProperty("atRung").EnumerateArray(), c => Assert.Equal("below-threshold", c.GetProperty("state").GetString()));
        Assert.Equal("below-threshold", team.GetProperty("regularUseShare").GetProperty("state").GetString());
        Assert.Equal(10, Count(row, "data-people-count=\"suppressed\""));
        Assert.Equal(10, Count(row, ">below threshold<"));
    }

    /// <summary>Every GET route with its parameters filled as the route walker does, plus each query parameter it knows.</summary>
    private IEnumerable<string> Urls(DemoScope scope)
    {
        foreach (var route in RouteCatalog.Of(ledger.App).Where(r => r.IsGet && r.Pattern is not ("/logout" or "/login")))
        {
            var path = RouteWalk.Fill(route, scope);
            yield return path;
            foreach (var query in route.QueryParameters)
            {
                if (scope.Own(KnownParameters.Query(query)) is { } value)
                {
                    yield return $"{path}?{query}={Uri.EscapeDataString(value)}";
                }
            }
        }
    }

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    /// <summary>SHA-256 digests of imported files and the key fingerprint: 64 hex by design, not about a person.</summary>
    private static async Task<HashSet<string>> AllowedDigestsAsync(Storage.DuckDb.DuckDbSpendStore store)
    {
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var source in await store.ListSourcesAsync(CancellationToken.None))
        {
            allowed.Add(source.Sha256.ToLowerInvariant());
        }

        foreach (var import in await store.ListPeopleImportsAsync(CancellationToken.None))
        {
            allowed.Add(import.Sha256.ToLowerInvariant());
        }

        if (await store.GetKeyFingerprintAsync(CancellationToken.None) is { } fingerprint)
        {
            allowed.Add(fingerprint.ToLowerInvariant());
        }

        return allowed;
    }

    /// <summary>A sample of the person hashes the ledger holds (memberships and active days).</summary>
    private static async Task<IReadOnlyList<string>> PersonHashesAsync(Storage.DuckDb.DuckDbSpendStore people)
    {
        if (await people.QueryPeopleSpanAsync(CancellationToken.None) is not { } span)
        {
            return [];
        }

        var facts = await people.LoadPeopleFactsAsync(span.First, span.Last.AddDays(1), CancellationToken.None);
        return [.. facts.Memberships.Select(m => m.Person).Concat(facts.ActiveDays.Select(d => d.Person)).Distinct(StringComparer.Ordinal).Take(50)];
    }
}
