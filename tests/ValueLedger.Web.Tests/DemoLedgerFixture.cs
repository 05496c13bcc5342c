using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ValueLedger.Cli;

namespace ValueLedger.Web.Tests;

/// <summary>
/// A 3,000-row demo ledger built once through the real CLI (<c>valueledger demo</c>), served in memory by
/// <see cref="WebHost.Build"/>. Tests compare the API with the CLI's JSON over the same ledger.
/// </summary>
public sealed class DemoLedgerFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private WebApplication? _app;

    static DemoLedgerFixture()
    {
        // Test runs never touch the machine's own installation secret.
        Environment.SetEnvironmentVariable("VALUELEDGER_SECRET_FILE", Path.Combine(Path.GetTempPath(), $"valueledger-test-secret-{Environment.ProcessId}"));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "valueledger-web-tests", Guid.NewGuid().ToString("n"));

    public string Db => Path.Combine(Folder, "ledger.duckdb");

    public string Org => Path.Combine(Folder, "data", "organisation.yaml");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var demo = await CliAsync("demo", "--db", Db, "--rows", "3000", "--data", Path.Combine(Folder, "data"));
        Assert.True(demo.Exit == 0, demo.Stderr);
        foreach (var actor in new[] { "admin", "cfo", "head-of-support", "auditor" })
        {
            var token = await CliAsync("token", "create", "--db", Db, "--for", actor, "--label", "web tests", "--actor", "tests");
            Assert.True(token.Exit == 0, token.Stderr);
            _tokens[actor] = token.Stdout.Trim();
        }

        _app = WebHost.Build(new WebOptions { LedgerPath = Db, OrganisationPath = Org, ConfigureBuilder = b => b.WebHost.UseTestServer() });
        await _app.StartAsync();
        Client = ClientFor("admin");
    }

    /// <summary>A client that sends <paramref name="actor"/>'s API token (admin, cfo, head-of-support, auditor); null = anonymous.</summary>
    public HttpClient ClientFor(string? actor)
    {
        var client = _app!.GetTestClient();
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", _tokens[actor]);
        }

        return client;
    }

    /// <summary>Runs the valueledger command in-process; the API must agree with what it prints.</summary>
    public static async Task<(int Exit, string Stdout, string Stderr)> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temp folder.
        }
    }
}
