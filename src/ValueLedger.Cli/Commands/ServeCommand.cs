using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using ValueLedger.Web;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger serve [--db PATH] [--org PATH] [--urls URL]</c>: the read-only HTTP API over the ledger until
/// Ctrl+C. Until authentication exists it listens on loopback only and refuses any other address (exit 1).
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string LoopbackOnly = "serve listens on loopback only until authentication is configured";

    public static Command Create(CliContext context, Option<string> db)
    {
        var org = ShowbackCommand.OrgOption();
        var urls = new Option<string>("--urls")
        {
            Description = $"Listening URL(s), ';'-separated, loopback only (127.0.0.1, ::1, localhost). Default: {DefaultUrls}.",
            HelpName = "URL",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var command = new Command("serve", "Serve the read-only HTTP API (JSON, OpenAPI at /openapi/v1.json) over the ledger until Ctrl+C.");
        command.Options.Add(org);
        command.Options.Add(urls);
        command.SetAction(async (parse, ct) =>
        {
            var listen = parse.GetValue(urls)!;
            if (NonLoopback(listen) is { } refused)
            {
                throw new CliException($"{LoopbackOnly}; refused '{refused}'");
            }

            WebApplication app;
            try
            {
                app = WebHost.Build(new WebOptions { LedgerPath = parse.GetValue(db)!, OrganisationPath = parse.GetValue(org)!, Urls = listen, Time = context.Time });
            }
            catch (InvalidDataException ex)
            {
                throw new CliException(ex.Message);
            }

            await using (app.ConfigureAwait(false))
            {
                await app.StartAsync(ct).ConfigureAwait(false);
                context.Stdout.WriteLine($"serving {parse.GetValue(db)} on {listen} (OpenAPI: {listen.Split(';')[0].TrimEnd('/')}/openapi/v1.json); Ctrl+C to stop");
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
        });
        return command;
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
