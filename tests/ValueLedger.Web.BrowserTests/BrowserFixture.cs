using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ValueLedger.Cli;

namespace ValueLedger.Web.BrowserTests;

/// <summary>
/// A 3,000-row demo ledger built through the real CLI, served by <see cref="WebHost"/> on a free loopback port
/// (real Kestrel, so that a real browser can reach it), and headless Chromium driven by Playwright. Logins:
/// admin, cfo (finance), head-of-support (bu-owner of customer-support), auditor (viewer), all with
/// <see cref="Password"/>. An admin API token is in <see cref="AdminToken"/> for comparing pages with the API.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string Password = "browser-test-password";

    private static readonly string[] ChromiumArgs =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private WebApplication? app;
    private IPlaywright? playwright;


    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "valueledger-browser-tests", Guid.NewGuid().ToString("n"));

    public string Db => Path.Combine(Folder, "ledger.duckdb");

    public string Org => Path.Combine(Folder, "data", "organisation.yaml");

    /// <summary>The server's base address, e.g. <c>http://127.0.0.1:41234</c> (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public string AdminToken { get; private set; } = string.Empty;

    /// <summary>Where screenshots go for review: <c>artifacts/screenshots</c> at the repository root.</summary>
    public static string ScreenshotFolder { get; } = FindScreenshotFolder();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        await CliOkAsync("demo", "--db", Db, "--rows", "3000", "--data", Path.Combine(Folder, "data"));
        var passwordFile = Path.Combine(Folder, "password.txt");
        await File.WriteAllTextAsync(passwordFile, Password + "\n");
        foreach (var actor in new[] { "admin", "cfo", "head-of-support", "auditor" })
        {
            await CliOkAsync("login", "set", actor, "--db", Db, "--password-file", passwordFile, "--actor", "tests");
        }

        AdminToken = (await CliOkAsync("token", "create", "--db", Db, "--for", "admin", "--label", "browser tests", "--actor", "tests")).Trim();

        app = WebHost.Build(new WebOptions { LedgerPath = Db, OrganisationPath = Org, Urls = "http://127.0.0.1:0", LoginAttemptsPerMinute = 1000 });
        await app.StartAsync();
        BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        if (File.Exists(ChromiumPath))
        {
            playwright = await Playwright.CreateAsync();
            Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ChromiumArgs });
        }
    }

    /// <summary>
    /// A fresh browser context logged in as <paramref name="actor"/> (null = not logged in). The session records
    /// console errors and page errors; call <see cref="BrowserSession.AssertNoConsoleErrors"/> at the end of a test.
    /// </summary>
    public async Task<BrowserSession> OpenAsync(string? actor)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUrl, ViewportSize = new ViewportSize { Width = 1366, Height = 900 } });
        // CI runs the test assemblies side by side on 2 cores with Chromium and the server: generous waits, so that a
        // slow moment is not a failure (a real hang still fails, after 90 s).
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        Assertions.SetDefaultExpectTimeout(30_000);
        var page = await context.NewPageAsync();
        var session = new BrowserSession(context, page);
        if (actor is not null)
        {
            await session.LoginAsync(actor, Password);
        }

        return session;
    }

    /// <summary>An HTTP client with the admin API token, for comparing pages with the API.</summary>
    public HttpClient ApiClient()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    /// <summary>Runs the valueledger command in-process and returns its standard output; fails the test on a non-zero exit.</summary>
    public static async Task<string> CliOkAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, CancellationToken.None);
        Assert.True(exit == 0, $"valueledger {string.Join(' ', args)} exited {exit}: {stderr}");
        return stdout.ToString();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
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

    private static string FindScreenshotFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ValueLedger.slnx")))
            {
                return Path.Combine(dir.FullName, "artifacts", "screenshots");
            }
        }

        return Path.Combine(Path.GetTempPath(), "valueledger-screenshots");
    }
}
