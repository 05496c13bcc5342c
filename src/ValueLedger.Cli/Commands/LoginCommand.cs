using System.CommandLine;
using Spectre.Console;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Security;
using ValueLedger.Web.Security;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger login set|remove|list</c>: web dashboard logins. Only a PBKDF2 hash is stored (see
/// <see cref="Passwords"/>); roles stay in organisation.yaml <c>access:</c>, so a login without a role opens nothing.
/// </summary>
internal static class LoginCommand
{
    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("login", "Web dashboard logins: set a password, remove a login, list logins (roles come from organisation.yaml access:).");
        command.Subcommands.Add(Set(context, db));
        command.Subcommands.Add(Remove(context, db));
        command.Subcommands.Add(List(context, db));
        return command;
    }

    private static Command Set(CliContext context, Option<string> db)
    {
        var name = new Argument<string>("NAME") { Description = "The login name: the actor named in organisation.yaml access:." };
        var stdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var file = new Option<FileInfo?>("--password-file") { Description = "Read the password from the first line of FILE.", HelpName = "FILE" };
        var actor = GlobalOptions.Actor();
        var command = new Command("set", $"Create a login or change its password (at least {Passwords.MinimumLength} characters; prompted on a terminal).");
        command.Arguments.Add(name);
        foreach (var option in new Option[] { stdin, file, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var password = ReadPassword(context, parse.GetValue(stdin), parse.GetValue(file));
            if (password.Length < Passwords.MinimumLength)
            {
                throw new CliException($"the password needs at least {Passwords.MinimumLength} characters");
            }

            var login = parse.GetValue(name)!.Trim();
            if (login.Length is 0 or > 200)
            {
                throw new CliException("a login name needs 1 to 200 characters");
            }

            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                await ((ICredentialStore)store).SetPasswordHashAsync(login, Passwords.Hash(password), parse.GetValue(actor)!, context.Time.GetUtcNow(), ct).ConfigureAwait(false);
            }

            context.Stdout.WriteLine($"login '{login}' set; its roles come from organisation.yaml access:");
            return 0;
        });
        return command;
    }

    private static Command Remove(CliContext context, Option<string> db)
    {
        var name = new Argument<string>("NAME") { Description = "The login to remove." };
        var actor = GlobalOptions.Actor();
        var command = new Command("remove", "Remove a login (sessions already open end when their cookie expires, at most 8 hours).");
        command.Arguments.Add(name);
        command.Options.Add(actor);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                if (!await ((ICredentialStore)store).RemoveLoginAsync(parse.GetValue(name)!, parse.GetValue(actor)!, context.Time.GetUtcNow(), ct).ConfigureAwait(false))
                {
                    throw new CliException($"there is no login '{parse.GetValue(name)}'");
                }
            }

            context.Stdout.WriteLine($"login '{parse.GetValue(name)}' removed");
            return 0;
        });
        return command;
    }

    private static Command List(CliContext context, Option<string> db)
    {
        var format = GlobalOptions.Format();
        var command = new Command("list", "List logins (names and when their password was last set; never the hash).");
        command.Options.Add(format);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var logins = await ((ICredentialStore)store).ListLoginsAsync(ct).ConfigureAwait(false);
                var report = new Report("Logins", [new("login", "Login"), new("updatedAt", "Password set at"), new("updatedBy", "Set by")]);
                foreach (var l in logins)
                {
                    report.Add(l.Actor, MoneyText.Timestamp(l.UpdatedAt), l.UpdatedBy);
                }

                report.Write(parse.GetValue(format) ?? OutputFormat.Table, context.Out, context.Stdout, "roles come from organisation.yaml access:");
            }

            return 0;
        });
        return command;
    }

    private static string ReadPassword(CliContext context, bool fromStdin, FileInfo? file)
    {
        if (file is not null)
        {
            if (!file.Exists)
            {
                throw new CliException($"{file.FullName}: no such file");
            }

            using var reader = file.OpenText();
            return reader.ReadLine() ?? string.Empty;
        }

        if (fromStdin)
        {
            return Console.In.ReadLine() ?? string.Empty;
        }

        if (!context.Interactive || Console.IsInputRedirected)
        {
            throw new CliException("no password given: use --password-stdin or --password-file FILE (or run on a terminal to be asked)");
        }

        return AnsiConsole.Prompt(new TextPrompt<string>("Password:").Secret());
    }
}
