using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ValueLedger.Web.Otlp;

namespace ValueLedger.Web.Tests.Otlp;

/// <summary>
/// A 1,000-row demo ledger built once with API tokens for admin, auditor (viewer) and otel-collector (the ingest
/// role, added to the demo's access list). Each test server runs over its own copy, because the receiver writes:
/// the figures other tests assert on stay as they were.
/// </summary>
public sealed class OtlpLedgerFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private int _copies;


    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "valueledger-otlp-tests", Guid.NewGuid().ToString("n"));

    public string BaseDb => Path.Combine(Folder, "base.duckdb");

    public string Org => Path.Combine(Folder, "data", "organisation.yaml");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var demo = await DemoLedgerFixture.CliAsync("demo", "--db", BaseDb, "--rows", "1000", "--data", Path.Combine(Folder, "data"));
        Assert.True(demo.Exit == 0, demo.Stderr);
        // The demo organisation declares otel-collector with the ingest role; the receiver's tests depend on it.
        Assert.Contains("- { actor: otel-collector, roles: [ingest] }", await File.ReadAllTextAsync(Org), StringComparison.Ordinal);
        foreach (var actor in new[] { "admin", "auditor", "otel-collector" })
        {
            var token = await DemoLedgerFixture.CliAsync("token", "create", "--db", BaseDb, "--for", actor, "--label", "otlp tests", "--actor", "tests");
            Assert.True(token.Exit == 0, token.Stderr);
            _tokens[actor] = token.Stdout.Trim();
        }
    }

    /// <summary>A fresh copy of the base ledger (tokens included).</summary>
    public string CopyLedger()
    {
        var copy = Path.Combine(Folder, $"copy-{Interlocked.Increment(ref _copies)}.duckdb");
        File.Copy(BaseDb, copy);
        return copy;
    }

    /// <summary>Starts a server over a fresh copy, with <paramref name="configure"/> applied to its options.</summary>
    public async Task<OtlpTestServer> StartAsync(Func<WebOptions, WebOptions>? configure = null)
    {
        var options = new WebOptions { LedgerPath = CopyLedger(), OrganisationPath = Org, ConfigureBuilder = b => b.WebHost.UseTestServer() };
        var app = WebHost.Build(configure is null ? options : configure(options));
        await app.StartAsync();
        return new OtlpTestServer(app, options.LedgerPath, _tokens);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left in the temp folder.
        }

        return Task.CompletedTask;
    }
}

/// <summary>One running server over its own ledger copy.</summary>
public sealed class OtlpTestServer(WebApplication app, string ledgerPath, IReadOnlyDictionary<string, string> tokens) : IAsyncDisposable
{
    public string LedgerPath { get; } = ledgerPath;

    internal OtlpIngestQueue Queue => app.Services.GetRequiredService<OtlpIngestQueue>();

    /// <summary>An in-memory handler into the server (for clients built by hand).</summary>
    public HttpMessageHandler CreateHandler() => app.GetTestServer().CreateHandler();

    /// <summary>The API token of <paramref name="actor"/>.</summary>
    public string Token(string actor) => tokens[actor];

    /// <summary>A client sending <paramref name="actor"/>'s token; null = anonymous.</summary>
    public HttpClient ClientFor(string? actor)
    {
        var client = app.GetTestClient();
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens[actor]);
        }

        return client;
    }

    /// <summary>Waits until the writer has committed everything accepted so far.</summary>
    public async Task WaitForCommitsAsync()
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (Queue.Pending > 0 || Queue.CommittedRecords < Queue.AcceptedSpans)
        {
            Assert.True(DateTime.UtcNow < until, $"the OTLP writer did not commit within 30 s ({Queue.Pending} pending)");
            await Task.Delay(50);
        }
    }

    /// <summary>Stops the host (the writer flushes) and releases the ledger file.</summary>
    public async Task StopAsync() => await app.StopAsync();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
