using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ValueLedger.Cli;
using ValueLedger.Web;

namespace ValueLedger.Benchmarks;

/// <summary>
/// The server under load: <c>valueledger serve</c>'s web host in this process on a free loopback port (real Kestrel,
/// real sockets), with an admin login (random password) and an admin API token created for the run, and two HTTP
/// clients: one with the session cookie (pages), one with the token (API, OTLP). Redirects are not followed, so a
/// page that sends the client to /login counts as an error.
/// </summary>
internal sealed partial class LoadServer : IAsyncDisposable
{
    private const string Actor = "admin";
    private readonly WebApplication _app;

    private LoadServer(WebApplication app, string baseUrl, HttpClient cookie, HttpClient token)
    {
        _app = app;
        BaseUrl = baseUrl;
        Cookie = cookie;
        Token = token;
    }

    public string BaseUrl { get; }

    /// <summary>Logged in with the session cookie.</summary>
    public HttpClient Cookie { get; }

    /// <summary>Sends <c>Authorization: Bearer</c> with the run's token.</summary>
    public HttpClient Token { get; }

    public static async Task<LoadServer> StartAsync(string db, string org, int clients)
    {
        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var passwordFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db))!, $"load-password-{Environment.ProcessId}.txt");
        await File.WriteAllTextAsync(passwordFile, password + "\n").ConfigureAwait(false);
        string token;
        try
        {
            await CliAsync("login", "set", Actor, "--db", db, "--password-file", passwordFile, "--actor", "load-benchmark").ConfigureAwait(false);
            token = (await CliAsync("token", "create", "--db", db, "--for", Actor, "--label", "load benchmark", "--days", "1", "--actor", "load-benchmark").ConfigureAwait(false)).Trim();
        }
        finally
        {
            File.Delete(passwordFile);
        }

        var app = WebHost.Build(new WebOptions { LedgerPath = db, OrganisationPath = org, Urls = "http://127.0.0.1:0", LoginAttemptsPerMinute = 1000 });
        await app.StartAsync().ConfigureAwait(false);
        var baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var cookie = Client(baseUrl, clients, new CookieContainer());
        await LogInAsync(cookie, password).ConfigureAwait(false);
        var bearer = Client(baseUrl, clients, cookies: null);
        bearer.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return new LoadServer(app, baseUrl, cookie, bearer);
    }

    /// <summary>Stops the server: the OTLP writer commits what it accepted; returns how long that took.</summary>
    public async Task<TimeSpan> StopAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await _app.StopAsync().ConfigureAwait(false);
        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        Cookie.Dispose();
        Token.Dispose();
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private static HttpClient Client(string baseUrl, int clients, CookieContainer? cookies)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            MaxConnectionsPerServer = clients + 4,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        };
        return new HttpClient(handler) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(100) };
    }

    private static async Task LogInAsync(HttpClient client, string password)
    {
        var page = await client.GetStringAsync(new Uri("/login", UriKind.Relative)).ConfigureAwait(false);
        var csrf = CsrfField().Match(page);
        if (!csrf.Success)
        {
            throw new InvalidOperationException("the login page has no CSRF field");
        }

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = Actor,
            ["password"] = password,
            ["__csrf"] = WebUtility.HtmlDecode(csrf.Groups[1].Value),
            ["returnUrl"] = "/",
        });
        using var response = await client.PostAsync(new Uri("/login", UriKind.Relative), form).ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.SeeOther or HttpStatusCode.Found) || response.Headers.Location?.OriginalString.Contains("login", StringComparison.Ordinal) == true)
        {
            throw new InvalidOperationException($"logging in as {Actor} failed: {(int)response.StatusCode} → {response.Headers.Location}");
        }
    }

    private static async Task<string> CliAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None).ConfigureAwait(false);
        if (exit != 0)
        {
            throw new InvalidOperationException($"valueledger {args[0]} {args[1]} failed: {stderr}");
        }

        return stdout.ToString();
    }

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
