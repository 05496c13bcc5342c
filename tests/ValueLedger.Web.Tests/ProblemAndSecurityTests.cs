using System.Net;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>Errors are RFC 9457 problem details naming the parameter; every response carries the security headers.</summary>
public sealed class ProblemAndSecurityTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Theory]
    [InlineData("/api/showback?month=2025-13", "month")]
    [InlineData("/api/scoreboard?month=May", "month")]
    [InlineData("/api/spend?by=colour", "by")]
    [InlineData("/api/spend?from=yesterday", "from")]
    [InlineData("/api/coverage?by=week", "by")]
    [InlineData("/api/outcomes?pageSize=501", "pageSize")]
    [InlineData("/api/outcomes?pageSize=0", "pageSize")]
    [InlineData("/api/outcomes?page=0", "page")]
    [InlineData("/api/outcomes?status=maybe", "status")]
    public async Task BadParameter_Get_Returns400ProblemNamingIt(string url, string parameter)
    {
        using var problem = await GetProblemAsync(url, HttpStatusCode.BadRequest);
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
        Assert.Contains(parameter, problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal(400, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Theory]
    [InlineData("/api/showback?bu=no-such-unit")]
    [InlineData("/api/initiatives/no-such-initiative")]
    [InlineData("/api/no-such-endpoint")]
    public async Task Unknown_Get_Returns404Problem(string url)
    {
        using var problem = await GetProblemAsync(url, HttpStatusCode.NotFound);
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task MonthWithoutAllocations_Get_Returns404Problem()
    {
        using var problem = await GetProblemAsync("/api/scoreboard?month=1990-01", HttpStatusCode.NotFound);
        Assert.Contains("1990-01", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/health")]
    [InlineData("/api/showback?month=bad")]
    [InlineData("/api/no-such-endpoint")]
    [InlineData("/openapi/v1.json")]
    public async Task AnyResponse_Get_CarriesSecurityHeaders(string url)
    {
        using var response = await ledger.Client.GetAsync(url);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("default-src 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : throw new Xunit.Sdk.XunitException($"no {name} header");

    private async Task<JsonDocument> GetProblemAsync(string url, HttpStatusCode status)
    {
        using var response = await ledger.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(body);
    }
}
