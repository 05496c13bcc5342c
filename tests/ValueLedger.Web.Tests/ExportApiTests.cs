using System.Net;

namespace ValueLedger.Web.Tests;

/// <summary><c>GET /api/export/allocated</c>: the same bytes as <c>valueledger export allocated</c>, for ledger-wide users only.</summary>
public sealed class ExportApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task ExportAllocated_Period_SameBytesAsTheCliExport()
    {
        var file = Path.Combine(ledger.Folder, "export-cli.csv");
        var cli = await DemoLedgerFixture.CliAsync("export", "allocated", "--db", ledger.Db, "--from", "2026-03-01", "--to", "2026-05-01", "--output", file);
        Assert.True(cli.Exit == 0, cli.Stderr);

        using var response = await ledger.Client.GetAsync("/api/export/allocated?from=2026-03-01&to=2026-05-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition?.ToString() ?? string.Empty, StringComparison.Ordinal);
        var served = await response.Content.ReadAsByteArrayAsync();
        var expected = await File.ReadAllBytesAsync(file);
        Assert.True(expected.Length > 1000, "the demo period should hold allocation rows");
        Assert.Equal(expected, served);
    }

    [Fact]
    public async Task ExportAllocated_EmptyPeriod_HeaderOnly()
    {
        var text = await ledger.Client.GetStringAsync("/api/export/allocated?from=2001-01-01&to=2001-02-01");

        Assert.StartsWith("BillingAccountId,BillingAccountName,", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("head-of-support", HttpStatusCode.Forbidden)]
    [InlineData("auditor", HttpStatusCode.OK)]
    public async Task ExportAllocated_ByRole_OnlyLedgerWideUsers(string actor, HttpStatusCode expected)
    {
        using var client = ledger.ClientFor(actor);
        using var response = await client.GetAsync("/api/export/allocated?from=2026-03-01&to=2026-03-02");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task ExportAllocated_BadDay_400NamingIt()
    {
        using var response = await ledger.Client.GetAsync("/api/export/allocated?from=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"parameter\":\"from\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
