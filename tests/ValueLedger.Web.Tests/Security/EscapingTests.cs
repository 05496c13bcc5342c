using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests.Security;

/// <summary>
/// Markup and formulas in organisation names, outcome evidence, notices and the login name: pages escape them,
/// CSV downloads neutralise formulas, JSON carries them as plain strings. Every GET route is walked as admin.
/// </summary>
public sealed class EscapingTests(HostileLedgerFixture ledger) : IClassFixture<HostileLedgerFixture>
{
    private const string EscapedScript = "&lt;script&gt;alert(1)&lt;/script&gt;";

    [Fact]
    public async Task EveryGetRoute_HostileNames_EscapedInHtmlNeutralisedInCsvPlainInJson()
    {
        var scope = await RouteWalk.ScopeAsync(ledger);
        using var session = new WebSession(ledger.App);
        await session.LoginAsync("admin", ledger.DemoPasswords["admin"]);
        var failures = new List<string>();
        var csvSeen = 0;
        var formulaCells = 0;
        foreach (var route in RouteCatalog.Of(ledger.App).Where(r => r.IsGet))
        {
            var path = RouteWalk.Fill(route, scope);
            var urls = new List<string> { path };
            urls.AddRange(route.QueryParameters.Select(q => (q, scope.Own(KnownParameters.Query(q))))
                .Where(q => q.Item2 is not null).Select(q => $"{path}?{q.q}={Uri.EscapeDataString(q.Item2!)}"));
            if (route.QueryParameters.Contains("format"))
            {
                urls.Add(path + "?format=csv");
            }

            if (route.QueryParameters.Contains("by"))
            {
                // Spend by the hostile tag: its value is a formula.
                urls.Add(path + "?by=tag:feature");
                if (route.QueryParameters.Contains("format"))
                {
                    urls.Add(path + "?by=tag:feature&format=csv");
                }
            }

            foreach (var url in urls)
            {
                using var response = route.IsApi ? await ledger.Client.GetAsync(new Uri(url, UriKind.Relative)) : await session.Client.GetAsync(new Uri(url, UriKind.Relative));
                var body = await RouteWalk.InspectAsync(response, url, ledger.EndUserHashes);
                var type = response.Content.Headers.ContentType?.MediaType;
                var attachment = response.Content.Headers.ContentDisposition?.FileName ?? string.Empty;
                if (type == "text/csv" || attachment.Contains(".csv", StringComparison.OrdinalIgnoreCase))
                {
                    csvSeen++;
                    failures.AddRange(CsvCellsCheck.Dangerous(body).Select(c => $"{url}: CSV cell would run as a formula: {c}"));
                    if (body.Contains("HYPERLINK", StringComparison.Ordinal))
                    {
                        formulaCells++;
                        if (!CsvCellsCheck.Cells(body).Contains("'" + HostileLedgerFixture.Formula))
                        {
                            failures.Add($"{url}: the formula is not neutralised as its own cell");
                        }
                    }
                }
                else if (type == "text/html")
                {
                    if (body.Contains(HostileLedgerFixture.Script, StringComparison.Ordinal) || body.Contains("<img src=x", StringComparison.Ordinal))
                    {
                        failures.Add($"{url}: raw markup from the data in the page");
                    }
                }
                else if (type is "application/json" or "application/problem+json" && body.Length > 0)
                {
                    using var json = JsonDocument.Parse(body);
                    failures.AddRange(Strings(json.RootElement).Where(s => s.Contains("&lt;", StringComparison.Ordinal) || s.Contains("&quot;", StringComparison.Ordinal) || s.StartsWith("'=", StringComparison.Ordinal))
                        .Select(s => $"{url}: JSON string is escaped for another format: {s}"));
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // A route with format=csv and by= (the spend explorer) must have produced a CSV with the tag's formula in it.
        var routes = RouteCatalog.Of(ledger.App);
        Assert.True(!routes.Any(r => r.QueryParameters.Contains("format")) || csvSeen > 0, "format=csv produced no CSV download");
        Assert.True(!routes.Any(r => r.QueryParameters.Contains("format") && r.QueryParameters.Contains("by")) || formulaCells > 0, "no CSV download carried the formula tag");
    }

    [Fact]
    public async Task Api_HostileNames_CarriedAsPlainStrings()
    {
        using var initiatives = JsonDocument.Parse(await ledger.Client.GetStringAsync(new Uri("/api/initiatives", UriKind.Relative)));
        var copilot = initiatives.RootElement.EnumerateArray().Single(i => i.GetProperty("id").GetString() == HostileLedgerFixture.Initiative);
        Assert.Equal(HostileLedgerFixture.BreakOut, copilot.GetProperty("name").GetString());

        using var showback = JsonDocument.Parse(await ledger.Client.GetStringAsync(new Uri("/api/showback", UriKind.Relative)));
        var names = showback.RootElement.GetProperty("statements").EnumerateArray().ToDictionary(s => s.GetProperty("bu").GetString() ?? "unallocated", s => s.GetProperty("name").GetString());
        Assert.Equal(HostileLedgerFixture.Script, names[HostileLedgerFixture.Unit]);
        Assert.Equal(HostileLedgerFixture.Formula, names["sales"]);
    }

    [Fact]
    public async Task Api_SpendByHostileTag_FormulaIsAPlainJsonString()
    {
        var json = await ledger.Client.GetStringAsync(new Uri("/api/spend?by=tag:feature", UriKind.Relative));
        using var document = JsonDocument.Parse(json);
        Assert.Contains(HostileLedgerFixture.Formula, Strings(document.RootElement));
    }

    [Fact]
    public async Task Notice_ScriptInQuery_ShownEscaped()
    {
        using var session = new WebSession(ledger.App);
        await session.LoginAsync("auditor", ledger.DemoPasswords["auditor"]);
        var html = await session.Client.GetStringAsync(new Uri("/?notice=" + Uri.EscapeDataString(HostileLedgerFixture.Script), UriKind.Relative));
        Assert.Contains(EscapedScript, html, StringComparison.Ordinal);
        Assert.DoesNotContain(HostileLedgerFixture.Script, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HostileLedgerFixture.Script, EscapedScript)]
    [InlineData(HostileLedgerFixture.BreakOut, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    public async Task Login_HostileUserName_EchoedEscaped(string name, string escaped)
    {
        using var session = new WebSession(ledger.App);
        using var response = await session.PostLoginAsync(name, "wrong password here");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(escaped, html, StringComparison.Ordinal);
        Assert.DoesNotContain(name, html, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvCheck_FormulaCells_AreFound()
    {
        Assert.Equal(["=HYPERLINK(\"http://x\")", "-cmd", "@SUM(A1)"], CsvCellsCheck.Dangerous("bu,name\r\n\"=HYPERLINK(\"\"http://x\"\")\",-cmd\n@SUM(A1),-12.5\n"));
        Assert.Empty(CsvCellsCheck.Dangerous("bu,name\n\"'=HYPERLINK(\"\"http://x\"\")\",-12.5\n"));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };
}
