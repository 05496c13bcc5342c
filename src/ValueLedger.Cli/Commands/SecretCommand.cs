using System.CommandLine;
using ValueLedger.Importers.Privacy;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger secret status|rotate</c>: the installation secret that keys person hashes, as seen for one ledger.
/// Never prints a key; fingerprints only.
/// </summary>
internal static class SecretCommand
{
    private const string SharingLimit =
        "A secret file shared by several ledgers: rotating it for one re-keys only that one, and the others then refuse to import "
        + "(their key is gone from the file); give each ledger its own secret file (VALUELEDGER_SECRET_FILE) before rotating.";

    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command(
            "secret",
            $"The installation secret that keys person hashes ({InstallationSecret.EnvironmentVariable}, else ~/.config/valueledger/secret): status, rotate. Back it up: without it no later import can match people to the ledger's.");
        command.Subcommands.Add(Status(context, db));
        command.Subcommands.Add(Rotate(context, db));
        return command;
    }

    private static Command Status(CliContext context, Option<string> db)
    {
        var command = new Command("status", "Show the secret file, its key count and fingerprint, and whether it is the key the ledger's hashes were made under (exit 1 if not).");
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                SecretStatus status;
                try
                {
                    status = await LedgerKey.StatusAsync(Services.PeopleStore(store), InstallationSecret.DefaultPath(), ct).ConfigureAwait(false);
                }
                catch (InstallationSecretException ex)
                {
                    throw new CliException(ex.Message);
                }

                var output = context.Stdout;
                output.WriteLine($"secret file:        {status.Path}");
                output.WriteLine($"exists:             {(status.Exists ? "yes" : "no")}");
                output.WriteLine($"keys:               {status.KeyCount}");
                output.WriteLine($"secret fingerprint: {status.SecretFingerprint ?? "-"}");
                output.WriteLine($"ledger:             {Services.LedgerName(store)}");
                output.WriteLine($"ledger fingerprint: {status.LedgerFingerprint ?? "- (none recorded yet: the next import records it)"}");
                output.WriteLine($"match:              {(status.LedgerFingerprint is null ? "n/a" : status.Usable ? "yes" : "NO")}");
                if (status.RotationPending)
                {
                    output.WriteLine($"pending rotation:   {InstallationSecret.PendingPath(status.Path)} (the next import or rotate settles it)");
                }

                return status.Usable && (status.Exists || status.LedgerFingerprint is null) ? 0 : 1;
            }
        });
        return command;
    }

    private static Command Rotate(CliContext context, Option<string> db)
    {
        var actor = GlobalOptions.Actor();
        var command = new Command(
            "rotate",
            "Add a new random key to the secret and re-key every person hash in the ledger in one transaction (audited secret.rotate), "
            + "so a leaked copy of the old secret file no longer lets anyone test logins against the ledger. " + SharingLimit);
        command.Options.Add(actor);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                SecretRotation rotation;
                try
                {
                    rotation = await LedgerKey.RotateAsync(
                        Services.PeopleStore(store), Services.LedgerName(store), InstallationSecret.DefaultPath(), parse.GetValue(actor)!, context.Time.GetUtcNow(), ct).ConfigureAwait(false);
                }
                catch (InstallationSecretException ex)
                {
                    throw new CliException(ex.Message);
                }

                context.Stdout.WriteLine(
                    $"rotated {InstallationSecret.DefaultPath()}: key {rotation.OldFingerprint} -> {rotation.NewFingerprint} ({rotation.KeyCount} keys chained), {rotation.HashesRekeyed} person hashes re-keyed in {Services.LedgerName(store)}");
                context.Stderr.WriteLine("back up the secret file again now: an older backup no longer matches this ledger");
                return 0;
            }
        });
        return command;
    }
}
