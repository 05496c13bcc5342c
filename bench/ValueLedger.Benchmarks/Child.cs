using System.Diagnostics;
using System.Globalization;
using DuckDB.NET.Data;
using ValueLedger.Cli;

namespace ValueLedger.Benchmarks;

/// <summary>One measured run in its own process, so that its peak memory is its own.</summary>
internal static class Child
{
    public static async Task<int> ImportAsync(string file, string db)
    {
        Delete(db);
        var output = new StringWriter();
        var errors = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["import", file, "--db", db, "--output", "json"], output, errors, CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        if (exit != 0)
        {
            Console.Error.WriteLine(errors.ToString());
            return exit;
        }

        Report(watch.Elapsed, Count(db, "SELECT count(*) FROM spend_records"));
        return 0;
    }

    public static int ReadCsv(string file, string db)
    {
        Delete(db);
        var watch = Stopwatch.StartNew();
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE t AS SELECT * FROM read_csv('{file.Replace("'", "''", StringComparison.Ordinal)}')";
            command.ExecuteNonQuery();
        }

        watch.Stop();
        Report(watch.Elapsed, Count(db, "SELECT count(*) FROM t"));
        return 0;
    }

    public static async Task<int> PeopleImportAsync(string file, string db, string org)
    {
        Delete(db);
        var output = new StringWriter();
        var errors = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = await CliApp.RunAsync(["people", "import", file, "--db", db, "--org", org], output, errors, CancellationToken.None).ConfigureAwait(false);
        watch.Stop();
        if (exit != 0)
        {
            Console.Error.WriteLine(errors.ToString());
            return exit;
        }

        Report(watch.Elapsed, Count(db, "SELECT count(*) FROM people_active_days"));
        return 0;
    }

    public static int ReadJson(string file, string db)
    {
        Delete(db);
        var watch = Stopwatch.StartNew();
        using (var connection = new DuckDBConnection($"Data Source={db}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE TABLE t AS SELECT * FROM read_json('{file.Replace("'", "''", StringComparison.Ordinal)}', format = 'newline_delimited')";
            command.ExecuteNonQuery();
        }

        watch.Stop();
        Report(watch.Elapsed, Count(db, "SELECT count(*) FROM t"));
        return 0;
    }

    internal static long Count(string db, string sql)
    {
        using var connection = new DuckDBConnection($"Data Source={db}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Prints "RESULT seconds rows peakKiB" for the parent to read.</summary>
    internal static void Report(TimeSpan elapsed, long rows) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT {elapsed.TotalSeconds:0.000} {rows} {PeakKiB()}"));

    /// <summary>VmHWM: the process's peak resident set, in KiB (Linux).</summary>
    private static long PeakKiB()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
            }
        }

        return -1;
    }

    internal static void Delete(string db)
    {
        File.Delete(db);
        File.Delete(db + ".wal");
    }
}
