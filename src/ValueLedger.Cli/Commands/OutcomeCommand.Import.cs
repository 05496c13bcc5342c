using System.CommandLine;
using System.Security.Cryptography;
using ValueLedger.Importers.Outcomes;

namespace ValueLedger.Cli.Commands;

internal static partial class OutcomeCommand
{
    private static Command Import(CliContext context, Option<string> db)
    {
        var file = new Argument<string>("FILE") { Description = "CSV: initiative,period_start,period_end,successful,failed,value,currency,evidence,corrects (dates YYYY-MM-DD)." };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command("import", "Import outcome claims from a CSV file, all or nothing; a file already imported (same SHA-256) is refused.");
        command.Arguments.Add(file);
        command.Options.Add(org);
        command.Options.Add(actor);
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var name = Path.GetFileName(path);
            OutcomeCsvResult read;
            string sha256;
            try
            {
                await using var input = File.OpenRead(path);
                sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(input, ct).ConfigureAwait(false));
                input.Position = 0;
                read = await OutcomeCsvReader.ReadAsync(input, ct).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read {path}: {ex.Message}");
            }

            if (read.Errors.Count > 0)
            {
                throw new CliException($"{name}: nothing imported;{Environment.NewLine}{string.Join(Environment.NewLine, read.Errors.Select(e => "  " + e.Describe(name)))}");
            }

            var scope = await OutcomeCommandScope.OpenAsync(context, parse.GetValue(db)!, parse.GetValue(org)!, ct).ConfigureAwait(false);
            await using (scope.ConfigureAwait(false))
            {
                var ids = await OutcomeCommandScope.RefusalsAsync(() => scope.Service.ImportAsync(read.Rows, name, sha256, parse.GetValue(actor)!, ct)).ConfigureAwait(false);
                context.Stdout.WriteLine($"imported {ids.Count} outcome claim(s) from {name}: ids {ids[0]}–{ids[^1]}; they count once validated");
                return 0;
            }
        });
        return command;
    }
}
