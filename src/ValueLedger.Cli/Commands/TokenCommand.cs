using System.CommandLine;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Security;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger token create|list|revoke</c>: API tokens for automation and OpenTelemetry exporters
/// (<c>Authorization: Bearer vl_…</c>). The secret is printed once; only its SHA-256 is stored.
/// </summary>
internal static class TokenCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("token", "API tokens for automation and OTLP exporters: create (shown once), list, revoke.");
        command.Subcommands.Add(New(context, db));
        command.Subcommands.Add(List(context, db));
        command.Subcommands.Add(Revoke(context, db));
        return command;
    }

    private static Command New(CliContext context, Option<string> db)
    {
        var owner = new Option<string>("--for") { Description = "The actor the token acts as (its roles come from organisation.yaml access:; 'ingest' only sends data).", HelpName = "NAME", Required = true };
        var label = new Option<string>("--label") { Description = "What the token is for, e.g. 'otel-collector prod'.", HelpName = "TEXT", DefaultValueFactory = _ => "api" };
        var days = new Option<int>("--days") { Description = "Days until it expires (1-366, default 90).", DefaultValueFactory = _ => 90 };
        days.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 366)
            {
                r.AddError("--days must be between 1 and 366");
            }
        });
        var actor = GlobalOptions.Actor();
        var command = new Command("create", "Create an API token; the secret is printed once, on standard output.");
        foreach (var option in new Option[] { owner, label, days, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var secret = ApiTokenSecret.Create(out var id);
            var now = context.Time.GetUtcNow();
            var token = new ApiToken(id, parse.GetValue(owner)!, parse.GetValue(label)!, now, parse.GetValue(actor)!, now.AddDays(parse.GetValue(days)), null);
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                await ((ICredentialStore)store).CreateApiTokenAsync(token, ApiTokenSecret.Hash(secret), ct).ConfigureAwait(false);
            }

            context.Stderr.WriteLine($"token {id} for {token.Actor} ({token.Label}) expires {MoneyText.Timestamp(token.ExpiresAt)}; it is shown once, store it now:");
            context.Stdout.WriteLine(secret);
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context, Option<string> db)
    {
        var format = GlobalOptions.Format();
        var command = new Command("list", "List API tokens (ids, actors, expiry, revocation; never the secrets).");
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var tokens = await ((ICredentialStore)store).ListApiTokensAsync(ct).ConfigureAwait(false);
                var now = context.Time.GetUtcNow();
                var report = new Report("API tokens", [new("id", "Id"), new("actor", "Acts as"), new("label", "Label"), new("createdAt", "Created"), new("expiresAt", "Expires"), new("state", "State")]);
                foreach (var t in tokens)
                {
                    report.Add(t.Id, t.Actor, t.Label, MoneyText.Timestamp(t.CreatedAt), MoneyText.Timestamp(t.ExpiresAt), t.RevokedAt is not null ? "revoked" : t.IsActiveAt(now) ? "active" : "expired");
                }

                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, null);
            }

            return 0;
        });
        return command;
    }

    private static Command Revoke(CliContext context, Option<string> db)
    {
        var id = new Argument<string>("ID") { Description = "The token id (from token list)." };
        var actor = GlobalOptions.Actor();
        var command = new Command("revoke", "Revoke an API token (a running server stops accepting it within 30 seconds).");
        command.Arguments.Add(id);
        command.Options.Add(actor);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                if (!await ((ICredentialStore)store).RevokeApiTokenAsync(parse.GetValue(id)!, parse.GetValue(actor)!, context.Time.GetUtcNow(), ct).ConfigureAwait(false))
                {
                    throw new CliException($"no active token '{parse.GetValue(id)}'");
                }
            }

            context.Stdout.WriteLine($"token {parse.GetValue(id)} revoked");
            return 0;
        });
        return command;
    }
}
