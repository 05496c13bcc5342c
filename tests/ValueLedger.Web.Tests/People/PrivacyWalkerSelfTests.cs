namespace ValueLedger.Web.Tests.People;

/// <summary>The walker's checks catch what they are for (so a clean walk means something).</summary>
public sealed class PrivacyWalkerSelfTests
{
    private const string Digest = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private readonly PrivacyWalkerChecks checks = new(5, new HashSet<string> { Digest }, ["pat-moss"]);

    [Theory]
    [InlineData("application/json", """{"teams":[{"members":{"state":"value","count":3}}]}""")]
    [InlineData("application/json", """{"share":{"state":"value","value":50,"people":4}}""")]
    [InlineData("application/json", """{"level":{"state":"value","score":50,"people":1}}""")]
    [InlineData("text/html", """<td data-people-count="2">2</td>""")]
    [InlineData("text/html", """<td data-people-count="n/a">?</td>""")]
    [InlineData("text/csv", "team,members,at_none\r\nx,12,4\r\n")]
    [InlineData("text/plain", "by ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")]
    [InlineData("text/plain", "user1042@northwind.example")]
    [InlineData("text/html", "<td>Pat-Moss</td>")]
    public void PrivacyWalkerChecks_Leak_Reported(string media, string body) =>
        Assert.NotEmpty(checks.Check("/x", media, body));

    [Theory]
    [InlineData("application/json", """{"members":{"state":"value","count":0},"b":{"state":"value","count":5},"c":{"state":"below-threshold"},"rows":3}""")]
    [InlineData("text/html", """<td data-people-count="suppressed">below threshold</td><td data-people-count="0">0</td><td data-people-count="12">12</td>""")]
    [InlineData("text/csv", "team,members,at_none\r\nx,12,below threshold\r\ny,0,0\r\n")]
    [InlineData("application/json", """{"sha256":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}""")]
    public void PrivacyWalkerChecks_Clean_NothingReported(string media, string body) =>
        Assert.Empty(checks.Check("/x", media, body));
}
