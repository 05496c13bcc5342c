using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary><c>GET /api/initiatives/{id}/jcurve</c> equals <c>valueledger jcurve ID --format json</c> month by month, and is scoped.</summary>
public sealed class JCurveApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task JCurve_SupportCopilot_EqualsCliJsonMonthByMonth()
    {
        var cli = await DemoLedgerFixture.CliAsync("jcurve", "support-copilot", "--db", ledger.Db, "--org", ledger.Org, "--format", "json");
        Assert.True(cli.Exit == 0, cli.Stderr);
        using var expected = JsonDocument.Parse(cli.Stdout);
        using var actual = JsonDocument.Parse(await ledger.Client.GetStringAsync("/api/initiatives/support-copilot/jcurve"));

        var rows = expected.RootElement.GetProperty("rows").EnumerateArray().ToList();
        var months = actual.RootElement.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(rows.Count, months.Count);
        Assert.Contains(months, m => m.GetProperty("actualCumulative").ValueKind == JsonValueKind.String);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i].GetProperty("month").GetString(), months[i].GetProperty("month").GetString());
            Assert.Equal(rows[i].GetProperty("expectedCumulative").GetString(), months[i].GetProperty("expectedCumulative").GetString());
            Assert.Equal(rows[i].GetProperty("bandLow").GetString(), months[i].GetProperty("bandLow").GetString());
            Assert.Equal(rows[i].GetProperty("actualCumulative").ToString(), months[i].GetProperty("actualCumulative").ToString());
        }

        Assert.Equal(expected.RootElement.GetProperty("laggard").GetBoolean(), actual.RootElement.GetProperty("laggard").GetBoolean());
    }

    [Theory]
    [InlineData("head-of-support", "/api/initiatives/sales-email-drafts/jcurve", HttpStatusCode.NotFound)]
    [InlineData("head-of-support", "/api/initiatives/support-copilot/jcurve", HttpStatusCode.OK)]
    [InlineData("admin", "/api/initiatives/support-copilot/jcurve?version=99", HttpStatusCode.NotFound)]
    [InlineData("admin", "/api/initiatives/code-review-bot/jcurve", HttpStatusCode.NotFound)]
    public async Task JCurve_ScopeAndMissing_Answers(string actor, string url, HttpStatusCode expected)
    {
        using var client = ledger.ClientFor(actor);
        using var response = await client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
    }
}
