using System.CommandLine;
using ValueLedger.Cli.Commands;

namespace ValueLedger.Cli;

/// <summary>
/// The valueledger command as a library, so tests run it in-process. Exit codes: 0 done; 1 the work
/// failed (a file not imported, a bad option value); 2 the command line could not be parsed.
/// </summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, TimeProvider.System, interactive: ReferenceEquals(stdout, Console.Out), cancellationToken);

    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, bool interactive, CancellationToken cancellationToken)
    {
        var context = new CliContext(stdout, stderr, time, interactive);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                context.Error(error.Message);
            }

            stderr.WriteLine("Run 'valueledger --help' for usage.");
            return 2;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            context.Error(ex.Message);
            return 1;
        }
        catch (FileNotFoundException ex)
        {
            context.Error(ex.Message);
            return 1;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Error("cancelled; the file being imported was not committed");
            return 130;
        }
    }

    internal static RootCommand BuildRoot(CliContext context)
    {
        var db = GlobalOptions.Database();
        var root = new RootCommand("ValueLedger: AI spend joined to validated business outcomes. The spend ledger (import, spend, sources, reconcile, reprice, demo); organisation as code (check); allocation and showback (allocate, showback, bu, explain, unallocated, coverage, export); value (method, outcome, initiative, jcurve, readiness, brief, scoreboard, audit); the HTTP API (serve).");
        root.Options.Add(db);
        root.Subcommands.Add(ImportCommand.Create(context, db));
        root.Subcommands.Add(SpendCommand.Create(context, db));
        root.Subcommands.Add(SourcesCommand.Create(context, db));
        root.Subcommands.Add(ReconcileCommand.Create(context, db));
        root.Subcommands.Add(RepriceCommand.Create(context, db));
        root.Subcommands.Add(DemoCommand.Create(context, db));
        root.Subcommands.Add(CheckCommand.Create(context));
        root.Subcommands.Add(AllocateCommand.Create(context, db));
        root.Subcommands.Add(ShowbackCommand.Create(context, db));
        root.Subcommands.Add(BuCommand.Create(context, db));
        root.Subcommands.Add(ExplainCommand.Create(context, db));
        root.Subcommands.Add(UnallocatedCommand.Create(context, db));
        root.Subcommands.Add(CoverageCommand.Create(context, db));
        root.Subcommands.Add(ExportCommand.Create(context, db));
        root.Subcommands.Add(InitiativeCommand.Create(context, db));
        root.Subcommands.Add(JCurveCommand.Create(context, db));
        root.Subcommands.Add(ReadinessCommand.Create(context, db));
        root.Subcommands.Add(MethodCommand.Create(context, db));
        root.Subcommands.Add(OutcomeCommand.Create(context, db));
        root.Subcommands.Add(AuditCommand.Create(context, db));
        root.Subcommands.Add(BriefCommand.Create(context, db));
        root.Subcommands.Add(ScoreboardCommand.Create(context, db));
        root.Subcommands.Add(PeopleAdoptionCommand.Create(context, db));
        root.Subcommands.Add(PeopleConvictionCommand.Create(context, db));
        root.Subcommands.Add(PeopleBehaviourCommand.Create(context, db));
        root.Subcommands.Add(PeopleMaturityCommand.Create(context, db));
        root.Subcommands.Add(PeopleRolesCommand.Create(context, db));
        root.Subcommands.Add(PeopleResistanceCommand.Create(context, db));
        root.Subcommands.Add(ServeCommand.Create(context, db));
        root.Subcommands.Add(LoginCommand.Create(context, db));
        root.Subcommands.Add(TokenCommand.Create(context, db));
        root.Subcommands.Add(SecretCommand.Create(context, db));
        root.Subcommands.Add(PeopleImportCommand.Create(context, db));
        return root;
    }
}
