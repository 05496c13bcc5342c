using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;

namespace ValueLedger.Web.Tests;

/// <summary>
/// CSV downloads neutralise cells that a spreadsheet would run as a formula: a one-line FOCUS bill whose tag values
/// start with = + - @ is imported into a fresh ledger, then downloaded through <c>/api/spend?format=csv</c>.
/// </summary>
public sealed class FormulaCellTests : IAsyncLifetime
{
    private const string Header = "BilledCost,BillingAccountId,BillingAccountName,BillingCurrency,BillingPeriodEnd,BillingPeriodStart,ChargeCategory,ChargeClass,ChargeDescription,ChargeFrequency,ChargePeriodEnd,ChargePeriodStart,ConsumedQuantity,ConsumedUnit,ContractedCost,EffectiveCost,InvoiceIssuerName,ListCost,PricingQuantity,PricingUnit,ProviderName,PublisherName,RegionId,ResourceId,ResourceName,ServiceCategory,ServiceName,SkuId,SkuMeter,SkuPriceDetails,SubAccountId,SubAccountName,Tags,x_ResourceGroupName";

    /// <summary>Tag values a spreadsheet would run (and markup, which pages must escape).</summary>
    private static readonly string[] Teams = ["=SUM(1)<b>x</b>", "+cmd", "@SUM(A1)", "-lookup"];

    private readonly string folder = Path.Combine(Path.GetTempPath(), "valueledger-web-tests", Guid.NewGuid().ToString("n"));
    private WebApplication? app;
    private HttpClient? client;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(folder);
        var db = Path.Combine(folder, "ledger.duckdb");
        var org = Path.Combine(folder, "organisation.yaml");
        File.Copy(Path.Combine(RepositoryRoot(), "examples", "organisation.yaml"), org);
        var bill = Path.Combine(folder, "focus-formula.csv");
        await File.WriteAllTextAsync(bill, Header + "\n" + string.Join("\n", Teams.Select((team, i) =>
            $"2.50,ea-7001,Contoso EA,USD,2025-07-01T00:00:00Z,2025-06-01T00:00:00Z,Usage,,gpt-4o Input Tokens,Usage-Based,2025-06-02T00:00:00Z,2025-06-01T00:00:00Z,1000000,Tokens,2.25,2.25,Microsoft,2.50,1000,1000 Tokens,Microsoft,Microsoft,eastus,/subscriptions/sub-1/rg/accounts/aoai-{i},aoai-{i},AI and Machine Learning,Azure OpenAI Service,SKU{i},gpt-4o Input Tokens,\"{{\"\"ModelId\"\": \"\"gpt-4o-2024-08-06\"\"}}\",sub-1,AI Platform,\"{{\"\"team\"\": \"\"{team}\"\"}}\",rg-ai")) + "\n");
        var import = await DemoLedgerFixture.CliAsync("import", "--db", db, bill);
        Assert.True(import.Exit == 0, import.Stdout + import.Stderr);
        var token = await DemoLedgerFixture.CliAsync("token", "create", "--db", db, "--for", "admin", "--label", "formula tests", "--actor", "tests");
        Assert.True(token.Exit == 0, token.Stderr);
        app = WebHost.Build(new WebOptions { LedgerPath = db, OrganisationPath = org, ConfigureBuilder = b => b.WebHost.UseTestServer() });
        await app.StartAsync();
        client = app.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token.Stdout.Trim().Split('\n')[^1].Trim());
    }

    [Fact]
    public async Task SpendCsv_TagValuesStartingWithFormulaCharacters_AreNeutralised()
    {
        using var response = await client!.GetAsync("/api/spend?by=tag:team&format=csv");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);

        var firstCells = body.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.StartsWith('"') ? l[1..] : l).ToList();
        Assert.Equal(4, firstCells.Count);
        Assert.Contains(firstCells, l => l.StartsWith("'=SUM(1)<b>x</b>,", StringComparison.Ordinal));
        Assert.Contains(firstCells, l => l.StartsWith("'+cmd,", StringComparison.Ordinal));
        Assert.Contains(firstCells, l => l.StartsWith("'@SUM(A1),", StringComparison.Ordinal));
        Assert.Contains(firstCells, l => l.StartsWith("'-lookup,", StringComparison.Ordinal));
        Assert.DoesNotContain("\n=", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SpendExplorer_TagValueWithMarkup_IsEscaped()
    {
        var html = await client!.GetStringAsync("/spend?g1=tag&tag=team");
        Assert.Contains("=SUM(1)&lt;b&gt;x&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("/api/spend?by=tag%3Ateam&amp;scope=ai&amp;format=csv", html, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temp folder.
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueLedger.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ValueLedger.slnx not found above the test folder");
    }
}
