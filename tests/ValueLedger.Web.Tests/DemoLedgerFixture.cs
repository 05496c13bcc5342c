using DuckDB.NET.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using ValueLedger.Cli;

namespace ValueLedger.Web.Tests;

/// <summary>
/// A 3,000-row demo ledger built once through the real CLI (<c>valueledger demo</c>), served in memory by
/// <see cref="WebHost.Build"/>. Tests compare the API with the CLI's JSON over the same ledger.
/// </summary>
public class DemoLedgerFixture : IAsyncLifetime
{
    private readonly Dictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private WebApplication? _app;


    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "valueledger-web-tests", Guid.NewGuid().ToString("n"));

    public string Db => Path.Combine(Folder, "ledger.duckdb");

    public string Org => Path.Combine(Folder, "data", "organisation.yaml");

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The running application (its services hold the endpoint list and the open ledger).</summary>
    public WebApplication App => _app ?? throw new InvalidOperationException("the fixture has not started");

    /// <summary>A few end-user hashes from the demo's telemetry, read from the ledger before the server opened it: no response may carry one.</summary>
    public IReadOnlyList<string> EndUserHashes { get; private set; } = [];

    /// <summary>web_logins as stored (actor → password hash), read before the server opened the ledger.</summary>
    public IReadOnlyDictionary<string, string> StoredPasswordHashes { get; private set; } = new Dictionary<string, string>();

    /// <summary>The demo's random passwords (actor → password), from demo-logins.txt.</summary>
    public IReadOnlyDictionary<string, string> DemoPasswords { get; private set; } = new Dictionary<string, string>();

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

        await CustomiseAsync();
        await ReadLedgerAsync();
        DemoPasswords = ReadDemoPasswords(Path.Combine(Folder, "data", "demo-logins.txt"));
        // Many tests log in through the form from the same in-memory address: the rate limit has its own test and server.
        _app = WebHost.Build(new WebOptions { LedgerPath = Db, OrganisationPath = Org, LoginAttemptsPerMinute = 10_000, ConfigureBuilder = b => b.WebHost.UseTestServer() });
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

    /// <summary>Variants change the demo (organisation, extra rows) here, before the server opens the ledger.</summary>
    protected virtual Task CustomiseAsync() => Task.CompletedTask;

    private async Task ReadLedgerAsync()
    {
        await using var connection = new DuckDBConnection($"Data Source={Db};ACCESS_MODE=READ_ONLY");
        await connection.OpenAsync();
        var hashes = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT DISTINCT end_user_hash FROM spend_records WHERE end_user_hash IS NOT NULL ORDER BY 1 LIMIT 5";
            await using var rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                hashes.Add(rows.GetString(0));
            }
        }

        var logins = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT actor, password_hash FROM web_logins ORDER BY actor";
            await using var rows = await command.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                logins[rows.GetString(0)] = rows.GetString(1);
            }
        }

        EndUserHashes = hashes;
        StoredPasswordHashes = logins;
    }

    /// <summary>Lines like <c>  admin / PASSWORD   (role)</c>.</summary>
    private static Dictionary<string, string> ReadDemoPasswords(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path))
        {
            var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 3 && parts[1] == "/")
            {
                result[parts[0]] = parts[2];
            }
        }

        return result;
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
