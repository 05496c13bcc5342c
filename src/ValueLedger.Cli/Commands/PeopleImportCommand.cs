using System.CommandLine;
using System.Globalization;
using ValueLedger.Cli.Output;
using ValueLedger.Core.People;
using ValueLedger.Importers.People;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger people import FILE...</c> (seat lists, learning records, GitHub Copilot reports, workflow status,
/// surveys, review and capacity records; each file all or nothing, identifiers hashed as read) and
/// <c>valueledger people imports</c> (their history).
/// </summary>
internal static class PeopleImportCommand
{
    /// <summary>Records between two progress lines on stderr for a large file.</summary>
    private const long ProgressEvery = 250_000;

    public static Command Create(CliContext context, Option<string> db)
    {
        var command = new Command("people", "People data for the adoption ladder and operating-model reports: import files, list what was imported.");
        command.Subcommands.Add(Import(context, db));
        command.Subcommands.Add(Imports(context, db));
        return command;
    }

    private static Command Import(CliContext context, Option<string> db)
    {
        var paths = new Argument<string[]>("FILE") { Description = "Files or folders to import (.gz is read as gzip).", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string?>("--format")
        {
            Description = "Read every file as this format instead of recognising it: "
                + string.Join("; ", PeopleFormats.All.Select(f => $"{f.Id} ({f.Title})")) + ".",
            HelpName = "FORMAT",
        };
        var lenient = new Option<bool>("--lenient") { Description = "Set bad rows aside in NAME.rejects.csv (line, column and reason; never the row, which may hold a login or e-mail) and import the rest. Default: any bad row refuses the file." };
        var rejects = new Option<string?>("--rejects") { Description = "Folder for rejects files (default: current folder).", HelpName = "DIR" };
        var scale = new Option<int?>("--scale") { Description = "Survey scale when the file has no scale column: 100 (scores 0-100, default) or the top of a Likert scale, e.g. 5 for 1-5 (mapped to 0-100 as (s-1)/(N-1)x100).", HelpName = "N" };
        var team = new Option<string?>("--team") { Description = "Team id or GitHub slug a legacy /copilot/metrics file is about (else a 'team-SLUG' part of the file name, else the whole organisation).", HelpName = "TEAM" };
        var org = ShowbackCommand.OrgOption();
        var actor = GlobalOptions.Actor();
        var command = new Command(
            "import",
            "Import people files, each whole or not at all; the same file twice changes nothing. Logins, e-mails and respondent ids are "
            + "trimmed, lower-cased and replaced by a keyed hash as they are read: never stored. A GitHub login and an e-mail are different "
            + "identifiers, so seat lists and Copilot reports join only when both use the same kind (both logins or both e-mails).");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { format, lenient, rejects, scale, team, org, actor })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var formatId = parse.GetValue(format);
            if (formatId is not null && !PeopleFormats.IsKnown(formatId))
            {
                throw new CliException($"unknown format '{formatId}'; use one of: {string.Join(", ", PeopleFormats.All.Select(f => f.Id))}");
            }

            if (parse.GetValue(scale) is { } s && s is not (100 or (>= 2 and <= 10)))
            {
                throw new CliException("--scale must be 100 or a Likert top from 2 to 10");
            }

            IReadOnlyList<string> files;
            try
            {
                files = InputFiles.Expand(parse.GetValue(paths)!);
            }
            catch (FileNotFoundException ex)
            {
                throw new CliException(ex.Message);
            }

            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var people = store as IPeopleStore ?? throw new CliException("this ledger has no people store");
                var options = new PeopleImportOptions
                {
                    Format = formatId,
                    Lenient = parse.GetValue(lenient),
                    RejectsDirectory = parse.GetValue(rejects),
                    Scale = parse.GetValue(scale),
                    Team = parse.GetValue(team),
                    Organisation = ShowbackCommand.LoadOrganisation(parse.GetValue(org)!),
                    Hasher = await Services.OpenHasherAsync(store, ct).ConfigureAwait(false),
                    Actor = parse.GetValue(actor)!,
                    Time = context.Time,
                };
                var importer = new PeopleImporter(people, options);
                var failed = 0;
                for (var i = 0; i < files.Count; i++)
                {
                    context.Stderr.WriteLine($"importing {files[i]} ({i + 1}/{files.Count})");
                    var result = await importer.ImportFileAsync(files[i], null, new LineProgress(context.Stderr, Path.GetFileName(files[i])), ct).ConfigureAwait(false);
                    failed += Write(context, result) ? 0 : 1;
                }

                return failed == 0 ? 0 : 1;
            }
        });
        return command;
    }

    /// <summary>One summary line per file on stdout (failures with their first errors on stderr); true when it landed.</summary>
    private static bool Write(CliContext context, PeopleFileResult result)
    {
        if (result.Stored is not { } stored)
        {
            context.Stderr.WriteLine(result.Describe());
            return false;
        }

        if (stored.AlreadyImported)
        {
            context.Stdout.WriteLine($"{result.FileName}: already imported (people import {stored.ImportId}); nothing changed");
            return true;
        }

        context.Stdout.WriteLine(
            $"{result.FileName} ({result.Format}): {stored.Added} added, {stored.Duplicates} already held, {result.Rejected} rejected (people import {stored.ImportId})");
        if (result.RejectsPath is not null)
        {
            context.Stderr.WriteLine($"  rejected rows (line, column, reason): {result.RejectsPath}");
        }

        return true;
    }

    private static Command Imports(CliContext context, Option<string> db)
    {
        var output = GlobalOptions.Format();
        var command = new Command("imports", "People import history, newest first: file, format, SHA-256, facts added and already held, who and when.");
        command.Options.Add(output);
        command.SetAction(async (parse, ct) =>
        {
            var store = await Services.OpenStoreAsync(parse.GetValue(db)!, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var people = store as IPeopleStore ?? throw new CliException("this ledger has no people store");
                var imports = await people.ListPeopleImportsAsync(ct).ConfigureAwait(false);
                var shape = parse.GetValue(output) ?? OutputFormat.Table;
                var report = new Report("People imports",
                [
                    new("id", "Id", ReportColumnKind.Count), new("file", "File"), new("format", "Format"), new("sha256", "SHA-256"),
                    new("added", "Added", ReportColumnKind.Count), new("duplicates", "Already held", ReportColumnKind.Count),
                    new("actor", "By"), new("importedAt", "When (UTC)"),
                ]);
                foreach (var i in imports)
                {
                    report.Add(N(i.ImportId), i.FileName, i.Format, shape == OutputFormat.Table ? i.Sha256[..12] : i.Sha256, N(i.Added), N(i.Duplicates), i.Actor, MoneyText.Timestamp(i.At));
                }

                report.Write(shape, context.Out, context.Stdout, imports.Count == 0 ? "no people files imported yet" : null);
                return 0;
            }
        });
        return command;
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A progress line on stderr every <see cref="ProgressEvery"/> records (reported synchronously, in order).</summary>
    private sealed class LineProgress(TextWriter stderr, string name) : IProgress<long>
    {
        private long _next = ProgressEvery;

        public void Report(long value)
        {
            if (value >= _next)
            {
                _next = value + ProgressEvery;
                stderr.WriteLine($"  {name}: {value.ToString("#,##0", CultureInfo.InvariantCulture)} records read");
            }
        }
    }
}
