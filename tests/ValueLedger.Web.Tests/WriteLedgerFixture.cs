using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;

namespace ValueLedger.Web.Tests;

/// <summary>
/// A demo ledger of its own (3,000 rows) for the write API and the value pages' forms, so that writes never change figures other
/// test classes assert on. Besides API tokens it sets passwords, so tests can also log in with the session cookie (CSRF checks).
/// </summary>
public sealed partial class WriteLedgerFixture : IAsyncLifetime
{
    public const string Password = "write-tests-password";

    private readonly Dictionary<string, string> tokens = new(StringComparer.Ordinal);
    private WebApplication? app;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "valueledger-web-write-tests", Guid.NewGuid().ToString("n"));

    public string Db => Path.Combine(Folder, "ledger.duckdb");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        var demo = await DemoLedgerFixture.CliAsync("demo", "--db", Db, "--rows", "3000", "--data", Path.Combine(Folder, "data"));
        Assert.True(demo.Exit == 0, demo.Stderr);
        var passwordFile = Path.Combine(Folder, "password.txt");
        await File.WriteAllTextAsync(passwordFile, Password + "\n");
        foreach (var actor in new[] { "admin", "cfo", "head-of-support", "auditor" })
        {
            var token = await DemoLedgerFixture.CliAsync("token", "create", "--db", Db, "--for", actor, "--label", "write tests", "--actor", "tests");
            Assert.True(token.Exit == 0, token.Stderr);
            tokens[actor] = token.Stdout.Trim();
            var login = await DemoLedgerFixture.CliAsync("login", "set", actor, "--db", Db, "--password-file", passwordFile, "--actor", "tests");
            Assert.True(login.Exit == 0, login.Stderr);
        }

        app = WebHost.Build(new WebOptions
        {
            LedgerPath = Db, OrganisationPath = Path.Combine(Folder, "data", "organisation.yaml"), LoginAttemptsPerMinute = 1000, ConfigureBuilder = b => b.WebHost.UseTestServer(),
        });
        await app.StartAsync();
    }

    /// <summary>A client with <paramref name="actor"/>'s API token (no cookie, so exempt from CSRF).</summary>
    public HttpClient TokenClient(string actor)
    {
        var client = app!.GetTestClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens[actor]);
        return client;
    }

    /// <summary>A browser-like client logged in as <paramref name="actor"/> with the session cookie; returns it and a page's CSRF token.</summary>
    public async Task<(HttpClient Client, string Csrf)> CookieClientAsync(string actor)
    {
        var client = new HttpClient(new CookieContainerHandler { InnerHandler = app!.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        var csrf = await CsrfAsync(client, "/login");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf, ["username"] = actor, ["password"] = Password });
        using var login = await client.PostAsync(new Uri("/login", UriKind.Relative), form);
        Assert.True(login.StatusCode == System.Net.HttpStatusCode.Redirect, $"login as {actor}: {(int)login.StatusCode}");
        return (client, await CsrfAsync(client, "/outcomes"));
    }

    /// <summary>The CSRF token of the forms on <paramref name="path"/>.</summary>
    public static async Task<string> CsrfAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        return CsrfField().Match(html) is { Success: true } m ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : throw new Xunit.Sdk.XunitException($"no CSRF field on {path}");
    }

    public async Task DisposeAsync()
    {
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

    [GeneratedRegex("name=\"__csrf\" value=\"([^\"]+)\"")]
    private static partial Regex CsrfField();
}
