using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ValueLedger.Cli.Demo;
using ValueLedger.Cli.Output;
using ValueLedger.Core.Allocation;
using ValueLedger.Core.Import;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Storage;
using ValueLedger.Core.Security;
using ValueLedger.Core.Value;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// <c>valueledger demo</c>: generates the demo organisation's files, imports them through the same
/// importers a user would use, and prints the spend summary.
/// </summary>
internal static class DemoCommand
{
    public const long DefaultRows = 200_000;

    public static Command Create(CliContext context, Option<string> db)
    {
        var rows = new Option<long>("--rows") { Description = "Usage-telemetry rows to generate over the year (default 200,000; 10,000,000 for benchmarks).", DefaultValueFactory = _ => DefaultRows };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and rows give the same ledger.", DefaultValueFactory = _ => 42 };
        var data = new Option<string?>("--data") { Description = "Folder for the generated files (default: valueledger-demo-data beside the ledger).", HelpName = "DIR" };
        var serve = new Option<bool>("--serve") { Description = "Then serve the dashboard over the demo ledger (like `valueledger serve`) until Ctrl+C, printing the URL and the demo logins." };
        var urls = ServeCommand.UrlsOption();
        rows.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<long>() is < 1_000 or > 100_000_000)
            {
                r.AddError("--rows must be between 1,000 and 100,000,000");
            }
        });
        var command = new Command("demo", "Build a realistic demo ledger (a year of AI usage and bills of Northwind Labs) and summarise its spend.");
        foreach (var option in new Option[] { rows, seed, data, serve, urls })
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, ct) =>
        {
            var dbPath = Path.GetFullPath(parse.GetValue(db)!);
            var dataDir = Path.GetFullPath(parse.GetValue(data) ?? Path.Combine(Path.GetDirectoryName(dbPath)!, "valueledger-demo-data"));
            await EnsureReplaceableAsync(context, dbPath, dataDir, ct).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            if (Directory.Exists(dataDir))
            {
                Directory.Delete(dataDir, recursive: true);
            }

            var folders = new DemoGenerator(dataDir, parse.GetValue(rows), parse.GetValue(seed))
                .Generate(new Progress<string>(m => context.Stderr.WriteLine(m)));
            context.Stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated demo files in {dataDir} ({watch.Elapsed.TotalSeconds:0.0} s)"));

            int exit;
            string orgPath;
            IReadOnlyList<string> logins;
            var store = await Services.OpenStoreAsync(dbPath, context, ct).ConfigureAwait(false);
            await using (store.ConfigureAwait(false))
            {
                var options = new ImportOptions { Pricer = Services.LoadPrices(null), Hasher = await Services.OpenHasherAsync(store, ct).ConfigureAwait(false), Time = context.Time };
                var files = InputFiles.Expand(folders);
                var results = await ImportProgressView.RunAsync(context, new ImportRunner(store, options), files, ct).ConfigureAwait(false);
                var failed = results.Where(r => r.Outcome == ImportOutcome.Failed).ToList();
                foreach (var failure in failed)
                {
                    context.Error(failure.Message ?? failure.FileName);
                }

                context.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Imported {results.Count(r => r.Outcome == ImportOutcome.Imported)} files, {results.Sum(r => r.RowsInserted):#,##0} records into {dbPath} in {watch.Elapsed.TotalSeconds:0.0} s."));
                foreach (var replaced in results.SelectMany(r => r.Replaced.Select(s => (r.FileName, s))))
                {
                    context.Stdout.WriteLine($"Re-delivered bill: {Path.GetFileName(replaced.FileName)} replaced {replaced.s.RowsRemoved:#,##0} rows of {replaced.s.Provider} {replaced.s.BillingPeriodStart:yyyy-MM}.");
                }

                foreach (var unpriced in results.SelectMany(r => r.Unpriced).GroupBy(u => (u.Provider, u.Model)))
                {
                    context.Stdout.WriteLine($"Unknown model: {unpriced.Sum(u => u.Records):#,##0} {unpriced.Key.Provider} records of '{unpriced.Key.Model}' have no price and count no cost (add it with --prices, then 'valueledger reprice').");
                }

                await WriteSummaryAsync(context, store, ct).ConfigureAwait(false);
                orgPath = await AllocateAsync(context, store, dataDir, parse.GetValue(rows), ct).ConfigureAwait(false);
                await SeedPeopleAsync(context, store, orgPath, options.Hasher, parse.GetValue(rows), parse.GetValue(seed), ct).ConfigureAwait(false);
                logins = await DemoLogins.CreateAsync((ICredentialStore)store, dataDir, context.Time.GetUtcNow(), ct).ConfigureAwait(false);
                var dbArg = parse.GetValue(db);
                var orgArg = Path.GetRelativePath(Environment.CurrentDirectory, orgPath);
                context.Stdout.WriteLine($"Next: valueledger spend --db {dbArg} --by month,provider   |   valueledger reconcile --db {dbArg}");
                context.Stdout.WriteLine($"      valueledger showback --db {dbArg} --org {orgArg} --format html --output statements.html   |   valueledger unallocated --db {dbArg}");
                context.Stdout.WriteLine($"      valueledger coverage --db {dbArg} --by month   |   valueledger explain --db {dbArg} --bu engineering --month 2026-10");
                context.Stdout.WriteLine($"      valueledger scoreboard --db {dbArg} --org {orgArg}   |   valueledger jcurve support-copilot --db {dbArg} --org {orgArg}");
                context.Stdout.WriteLine($"      valueledger brief sales-email-drafts --db {dbArg} --org {orgArg} --format html --output brief.html   |   valueledger outcome list --db {dbArg}   |   valueledger audit --db {dbArg}");
                context.Stdout.WriteLine($"      valueledger serve --db {dbArg} --org {orgArg}   (the dashboard; or run demo --serve)");
                exit = failed.Count == 0 ? 0 : 1;
            }

            if (!parse.GetValue(serve) || exit != 0)
            {
                foreach (var line in logins)
                {
                    context.Stdout.WriteLine(line);
                }

                return exit;
            }

            return await ServeCommand.RunAsync(context, dbPath, orgPath, parse.GetValue(urls)!, logins, ct).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>
    /// Writes the demo organisation beside the data, allocates the whole ledger with it, records the
    /// acknowledgement of each unit that declares chargeback (so the demo shows one billable unit), and
    /// prints the allocation. Returns the organisation file's path.
    /// </summary>
    private static async Task<string> AllocateAsync(CliContext context, ISpendStore store, string dataDir, long rows, CancellationToken ct)
    {
        var orgPath = DemoOrganisationFile.Write(dataDir);
        var organisation = ShowbackCommand.LoadOrganisation(orgPath);
        var allocation = (IAllocationStore)store;
        if (await allocation.QueryAllocatableMonthsAsync(ct).ConfigureAwait(false) is not { } months)
        {
            return orgPath;
        }

        var run = await allocation.AllocateAsync(organisation, months.From, months.To, ct).ConfigureAwait(false);
        var showback = (IShowbackStore)store;
        foreach (var unit in organisation.BusinessUnits.Where(u => u.Mode == BillingMode.Chargeback && u.Owner is not null))
        {
            await showback.RecordAcknowledgementAsync(new BuAcknowledgement(unit.Id, unit.Owner!, context.Time.GetUtcNow(), "acknowledged when the demo was built"), ct).ConfigureAwait(false);
            context.Stdout.WriteLine($"{unit.Name} is in chargeback (acknowledged by {unit.Owner}); the other units are in showback.");
        }

        var writes = await DemoValueSeeder.SeedAsync((IOutcomeStore)store, (IInitiativeStore)store, organisation, context.Time, rows, ct).ConfigureAwait(false);
        context.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Value story: {writes:#,##0} records (attribution agreements, signed J-curves, readiness, outcome claims and finance's reviews, one retirement) in the audit log."));

        var totals = await allocation.QueryAllocationsAsync(months.From, months.To, ct).ConfigureAwait(false);
        var coverage = await allocation.QueryAllocationCoverageAsync(months.From, months.To, groupByBu: false, ct).ConfigureAwait(false);
        AllocateCommand.Write(context, OutputFormat.Table, run, totals, coverage);
        return orgPath;
    }

    /// <summary>Seeds the demo's people story (teams' adoption, surveys, reviews, capacity, registers); see DemoPeopleSeeder.</summary>
    private static async Task SeedPeopleAsync(CliContext context, ISpendStore store, string orgPath, IIdentifierHasher hasher, long rows, int seed, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var organisation = ShowbackCommand.LoadOrganisation(orgPath);
        var people = await DemoPeopleSeeder.SeedAsync((IPeopleStore)store, organisation, hasher, context.Time, rows, seed, ct).ConfigureAwait(false);
        context.Stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"People story: {people.People:#,##0} people in {organisation.Teams.Count} teams, {people.Facts:#,##0} facts in {people.Imports} imports (identities hashed), {people.RegisterEntries} register entries ({watch.Elapsed.TotalSeconds:0.0} s)."));
    }

    private static async Task WriteSummaryAsync(CliContext context, ISpendStore store, CancellationToken ct)
    {
        var byProvider = new SpendQuery([new SpendGrouping(SpendDimension.Provider)], null, null, SpendScope.Ai);
        SpendReport.Write(context, byProvider, await store.QuerySpendAsync(byProvider, ct).ConfigureAwait(false), OutputFormat.Table);
        var byMonth = new SpendQuery([new SpendGrouping(SpendDimension.Month)], null, null, SpendScope.Ai);
        SpendReport.Write(context, byMonth, await store.QuerySpendAsync(byMonth, ct).ConfigureAwait(false), OutputFormat.Table);
    }

    /// <summary>The demo rebuilds its ledger; it refuses to touch a ledger that holds anything but demo imports.</summary>
    private static async Task EnsureReplaceableAsync(CliContext context, string dbPath, string dataDir, CancellationToken ct)
    {
        if (!File.Exists(dbPath))
        {
            return;
        }

        var store = await Services.OpenStoreAsync(dbPath, context, ct).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var sources = await store.ListSourcesAsync(ct).ConfigureAwait(false);
            var foreign = sources.FirstOrDefault(s => !Path.GetFullPath(s.FileName).StartsWith(dataDir + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            if (foreign is not null)
            {
                throw new CliException($"{dbPath} holds imports that are not the demo's (e.g. {foreign.FileName}); the demo rebuilds its ledger, so give it another file with --db");
            }
        }

        File.Delete(dbPath);
        File.Delete(dbPath + ".wal");
    }
}
