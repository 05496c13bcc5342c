using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using ValueLedger.Importers.Privacy;
using ValueLedger.Storage.DuckDb;
using ValueLedger.Web;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger serve [--db PATH] [--org PATH] [--urls URL]</c>: the dashboard and HTTP API over the ledger until
/// Ctrl+C. Everything but the login page and <c>/api/health</c> needs a login (<c>valueledger login set</c>) or an
/// API token (<c>valueledger token create</c>). Plain HTTP on a non-loopback address is allowed with a warning.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string PlainHttpWarning = "warning: plain HTTP on a non-loopback address: passwords, cookies and tokens cross the network unencrypted; serve https:// or put a TLS proxy in front";

    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var urls = UrlsOption();
        var command = new Command("serve", "Serve the dashboard and HTTP API (OpenAPI at /openapi/v1.json) over the ledger until Ctrl+C; log in with `valueledger login set`.");
        command.Options.Add(org);
        command.Options.Add(urls);
        command.SetAction((parse, ct) => RunAsync(context, parse.GetValue(db)!, parse.GetValue(org)!, parse.GetValue(urls)!, [], ct));
        return command;
    }

    public static Option<string> UrlsOption() => new("--urls")
    {
        Description = $"Listening URL(s), ';'-separated. Default: {DefaultUrls}.",
        HelpName = "URL",
        DefaultValueFactory = _ => DefaultUrls,
    };

    /// <summary>Serves until Ctrl+C (or <paramref name="ct"/>), printing the URL and <paramref name="banner"/> lines once listening.</summary>
    public static async Task<int> RunAsync(CliContext context, string db, string org, string listen, IReadOnlyList<string> banner, CancellationToken ct)
    {
        foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                throw new CliException($"--urls: '{url}' is not an http:// or https:// URL");
            }
        }

        if (NonLoopback(listen) is { } open && open.StartsWith("http:", StringComparison.OrdinalIgnoreCase))
        {
            context.Stderr.WriteLine(PlainHttpWarning);
        }

        WebApplication app;
        try
        {
            app = WebHost.Build(new WebOptions { LedgerPath = db, OrganisationPath = org, Urls = listen, Time = context.Time });
        }
        catch (InvalidDataException ex)
        {
            throw new CliException(ex.Message);
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is InstallationSecretException or LedgerOpenException)
            {
                // The start-up check of the installation secret opens the ledger.
                throw new CliException(ex.Message);
            }
            catch (IOException ex)
            {
                throw new CliException($"cannot listen on {listen}: {ex.Message} (another server on that port? use --urls)");
            }

            var first = listen.Split(';')[0].TrimEnd('/');
            context.Stdout.WriteLine($"ValueLedger is serving {db} at {first}/ (API: {first}/api, OpenAPI: {first}/openapi/v1.json); Ctrl+C to stop");
            foreach (var line in banner)
            {
                context.Stdout.WriteLine(line);
            }

            try
            {
                await app.WaitForShutdownAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // Ctrl+C: a normal stop.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>The first URL that is not a loopback address (wildcards, 0.0.0.0, host names other than localhost, unparsable), or null.</summary>
    internal static string? NonLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return url;
            }

            var host = uri.Host.Trim('[', ']');
            var loopback = string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));
            if (!loopback)
            {
                return url;
            }
        }

        return null;
    }
}
