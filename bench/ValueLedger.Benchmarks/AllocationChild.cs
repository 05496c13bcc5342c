using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using ValueLedger.Cli;

namespace ValueLedger.Benchmarks;

/// <summary>The allocation benchmark's steps, each run in its own process (see <see cref="ChildRunner"/>).</summary>
internal static class AllocationChild
{
    /// <summary>
    /// The reference: one plain GROUP BY over every record of the ledger, by owner (the team, else the
    /// bill line's <c>team</c> tag), month, provider, kind and currency; all result rows are read.
    /// </summary>
    public const string GroupBySql = """
        SELECT coalesce(team, json_extract_string(tags_norm, '$.team')) AS owner,
               date_trunc('month', charge_period_start) AS month, provider, kind, currency,
               sum(cost) AS cost, count(*) AS records
        FROM spend_records
        GROUP BY ALL
        """;

    /// <summary><c>valueledger import FILE --db DB</c> into an existing (or new) ledger; reports the ledger's record count.</summary>
    public static Task<int> ImportIntoAsync(string file, string db) =>
        RunCliAsync(["import", file, "--db", db, "--output", "json"], () => Child.Count(db, "SELECT count(*) FROM spend_records"));

    /// <summary><c>valueledger allocate --org ORG --db DB</c> (every month); reports the number of allocation rows.</summary>
    public static Task<int> AllocateAsync(string org, string db) =>
        RunCliAsync(["allocate", "--org", org, "--db", db], () => Child.Count(db, "SELECT count(*) FROM allocations"));

    /// <summary><c>valueledger showback --org ORG --db DB --month MONTH --format json</c>; reports the JSON's length in characters.</summary>
    public static async Task<int> ShowbackAsync(string org, string db, string month)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["showback", "--org", org, "--db", db, "--month", month, "--format", "json"], output, errors, CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        if (exit != 0)
        {
            Console.WriteLine($"FAILED exit {exit}: {errors}");
            return exit;
        }

        Child.Report(watch.Elapsed, output.GetStringBuilder().Length);
        return 0;
    }

    /// <summary>Runs <see cref="GroupBySql"/> through DuckDB.NET on the ledger file; reports the number of groups.</summary>
    public static int GroupBy(string db)
    {
        var watch = Stopwatch.StartNew();
        long groups = 0;
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = GroupBySql;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                // Materialise the money as the CLI would, so that both sides hand decimals to .NET.
                _ = reader.IsDBNull(5) ? 0m : reader.GetDecimal(5);
                groups++;
            }
        }

        watch.Stop();
        Child.Report(watch.Elapsed, groups);
        return 0;
    }

    private static async Task<int> RunCliAsync(string[] args, Func<long> count)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(args, output, errors, CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        if (exit != 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"FAILED exit {exit}: {errors}"));
            return exit;
        }

        Child.Report(watch.Elapsed, count());
        return 0;
    }
}
