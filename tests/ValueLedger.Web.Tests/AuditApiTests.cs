using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary><c>GET /api/audit</c>: ledger-wide readers only, newest first, paginated with a total, bad parameters named.</summary>
public sealed class AuditApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task Audit_Pages_AreNewestFirstAndAddUpToTotal()
    {
        using var first = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/audit?pageSize=5"));
        var total = first.RootElement.GetProperty("total").GetInt32();
        Assert.True(total > 5, $"the demo writes more than 5 audit entries (got {total})");
        var seqs = first.RootElement.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(seqs.OrderByDescending(s => s), seqs);
        using var second = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/audit?pageSize=5&page=2"));
        Assert.True(second.RootElement.GetProperty("items")[0].GetProperty("seq").GetInt64() < seqs[^1]);
        using var all = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/audit?pageSize=500"));
        Assert.Equal(Math.Min(total, 500), all.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Audit_SubjectPrefix_OnlyMatchingSubjects()
    {
        using var json = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/audit?subject=outcome:*&pageSize=500"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, e => Assert.StartsWith("outcome:", e.GetProperty("subject").GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("head-of-support", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("auditor", HttpStatusCode.OK)]
    public async Task Audit_ByRole_OnlyLedgerWideReaders(string? actor, HttpStatusCode expected)
    {
        using var client = ledger.ClientFor(actor);
        using var response = await client.GetAsync("/api/audit");
        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/audit?pageSize=501", "pageSize")]
    [InlineData("/api/audit?page=0", "page")]
    [InlineData("/api/audit?from=yesterday", "from")]
    public async Task Audit_BadParameter_Is400NamingIt(string url, string parameter)
    {
        using var response = await ledger.Client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }
}
