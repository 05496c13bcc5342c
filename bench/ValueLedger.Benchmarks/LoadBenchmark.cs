using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using ValueLedger.Storage.DuckDb;
using ValueLedger.Testing;

namespace ValueLedger.Benchmarks;

/// <summary>
/// <c>load --db LEDGER --org ORG [--clients 16] [--seconds 20] [--spans 500] [--out FILE] [--in-place]</c>: serves the
/// ledger in this process and runs a closed-loop load against the overview page, the spend explorer page, the
/// scoreboard API and the OTLP receiver, in turn. Works on a copy of the ledger (the receiver writes to it) unless
/// <c>--in-place</c>. Prints a table and writes the figures as JSON.
/// </summary>
internal static class LoadBenchmark
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>Base of the run's span ids: a clock reading, so that runs over one ledger do not repeat ids.</summary>
    private static readonly long RunIds = TimeProvider.System.GetUtcNow().UtcTicks;

    public static async Task<int> RunAsync(string[] args)
    {
        var db = BenchOptions.Text(args, "--db");
        var org = BenchOptions.Text(args, "--org");
        if (db is null || org is null || !File.Exists(db))
        {
            Console.Error.WriteLine("usage: ValueLedger.Benchmarks load --db LEDGER --org ORG [--clients 16] [--seconds 20] [--spans 500] [--out FILE] [--in-place]");
            return 2;
        }

        var clients = (int)BenchOptions.Number(args, "--clients", 16);
        var duration = TimeSpan.FromSeconds(BenchOptions.Number(args, "--seconds", 20));
        var spansPerRequest = (int)BenchOptions.Number(args, "--spans", 500);
        var output = BenchOptions.Text(args, "--out") ?? "load-results.json";
        var inPlace = args.Contains("--in-place");
        var run = inPlace ? db : Path.Combine(Path.GetDirectoryName(Path.GetFullPath(db))!, $"load-run-{Environment.ProcessId}.duckdb");
        if (!inPlace)
        {
            Console.Error.WriteLine($"copying {db} to {run} (the OTLP receiver writes to it; --in-place to skip)");
            File.Copy(db, run, overwrite: true);
        }

        try
        {
            return await RunOnAsync(run, org, clients, duration, spansPerRequest, output).ConfigureAwait(false);
        }
        finally
        {
            if (!inPlace)
            {
                File.Delete(run);
                File.Delete(run + ".wal");
            }
        }
    }

    private static async Task<int> RunOnAsync(string db, string org, int clients, TimeSpan duration, int spansPerRequest, string output)
    {
        var (before, batchesBefore) = await OtlpRowsAsync(db).ConfigureAwait(false);
        var results = new List<LoadResult>();
        long warmUpSpans = 0;
        TimeSpan flush;
        await using (var server = await LoadServer.StartAsync(db, org, clients).ConfigureAwait(false))
        {
            Console.Error.WriteLine($"serving {db} at {server.BaseUrl}; {clients} clients, {duration.TotalSeconds:0} s per target");
            var targets = new (string Name, Func<int, long, Task<(HttpResponseMessage, int)>> Send)[]
            {
                ("GET / (overview page, cookie)", (_, _) => GetAsync(server.Cookie, "/")),
                ("GET /spend?by=month,provider (page, cookie)", (_, _) => GetAsync(server.Cookie, "/spend?by=month,provider")),
                ("GET /api/scoreboard (token)", (_, _) => GetAsync(server.Token, "/api/scoreboard")),
                ($"POST /v1/traces ({spansPerRequest} GenAI spans, protobuf, token)", (w, n) => PostSpansAsync(server.Token, spansPerRequest, w, n)),
            };
            foreach (var (name, send) in targets)
            {
                // A short warm-up per target (JIT, first queries), not measured.
                warmUpSpans += (await LoadGenerator.RunAsync(name, Math.Min(clients, 2), TimeSpan.FromSeconds(1), send).ConfigureAwait(false)).SpansAccepted;
                Console.Error.WriteLine($"running {name}");
                results.Add(await LoadGenerator.RunAsync(name, clients, duration, send).ConfigureAwait(false));
            }

            // Mixed: the dashboard while exporters stream telemetry (a batch committed every second). Appends do not
            // invalidate the overview's figures, so its latency should stay that of the quiet run.
            const int exporters = 4;
            Console.Error.WriteLine($"running GET / during live OTLP ({exporters} exporters)");
            var overview = LoadGenerator.RunAsync($"GET / during live OTLP ({clients} clients)", clients, duration, targets[0].Send);
            var live = LoadGenerator.RunAsync($"POST /v1/traces alongside ({exporters} exporters)", exporters, duration, (w, n) => PostSpansAsync(server.Token, spansPerRequest, w + 1000, n));
            results.Add(await overview.ConfigureAwait(false));
            results.Add(await live.ConfigureAwait(false));

            flush = await server.StopAsync().ConfigureAwait(false);
        }

        var (after, batchesAfter) = await OtlpRowsAsync(db).ConfigureAwait(false);
        var (committed, batches) = (after - before, batchesAfter - batchesBefore);
        var otlp = results[3];
        var mixedSpans = results[^1].SpansAccepted;
        Print(results, clients, otlp, warmUpSpans + mixedSpans, committed, batches, flush);
        var report = new
        {
            at = TimeProvider.System.GetUtcNow(),
            ledger = db,
            ledgerBytes = new FileInfo(db).Length,
            clients,
            secondsPerTarget = duration.TotalSeconds,
            cores = Environment.ProcessorCount,
            targets = results,
            otlp = new { spansPerRequest, spansAccepted = otlp.SpansAccepted, spansAcceptedInWarmUp = warmUpSpans, spansCommitted = committed, batchesCommitted = batches, flushSecondsAtStop = flush.TotalSeconds },
        };
        await File.WriteAllTextAsync(output, JsonSerializer.Serialize(report, Json)).ConfigureAwait(false);
        Console.WriteLine($"\nwritten: {output}");
        return results.Any(r => r.Errors > 0) ? 1 : 0;
    }

    private static void Print(List<LoadResult> results, int clients, LoadResult otlp, long warmUpSpans, long committed, long batches, TimeSpan flush)
    {
        Console.WriteLine("| target | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | 429 |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Target} | {r.Requests:#,##0} | {r.RequestsPerSecond:#,##0.0} | {r.P50Ms:0.0} | {r.P95Ms:0.0} | {r.P99Ms:0.0} | {r.MaxMs:0.0} | {r.Errors:#,##0} | {r.Throttled:#,##0} |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"\nOTLP: {otlp.SpansAccepted:#,##0} spans accepted ({otlp.SpansPerSecond:#,##0}/s over {otlp.Seconds:0.0} s; {warmUpSpans:#,##0} more in the warm-ups and the mixed run); {committed:#,##0} committed to the ledger in {batches:#,##0} batches, the last at stop ({flush.TotalSeconds:0.0} s to stop)."));
        foreach (var r in results.Where(r => r.FirstError is not null))
        {
            Console.WriteLine($"first error of {r.Target}: {r.FirstError}");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{clients} closed-loop clients; {Environment.ProcessorCount} cores; server and load generator in one process."));
    }

    private static async Task<(HttpResponseMessage, int)> GetAsync(HttpClient client, string path) =>
        (await client.GetAsync(new Uri(path, UriKind.Relative)).ConfigureAwait(false), 0);

    /// <summary>One protobuf batch with span ids unique to this run, worker and request (no retry is a duplicate).</summary>
    private static async Task<(HttpResponseMessage, int)> PostSpansAsync(HttpClient client, int spans, int worker, long request)
    {
        var firstId = RunIds + (worker * 10_000_000_000L) + (request * spans);
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.AddHours(-1);
        using var content = new ByteArrayContent(OtlpTestPayloads.GenAiProtobuf(spans, firstId, start));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-protobuf");
        return (await client.PostAsync(new Uri("/v1/traces", UriKind.Relative), content).ConfigureAwait(false), spans);
    }

    /// <summary>Records the receiver committed to <paramref name="db"/> so far, and in how many batches (sources named otlp:…).</summary>
    private static async Task<(long Rows, long Batches)> OtlpRowsAsync(string db)
    {
        await using var store = await DuckDbSpendStore.OpenAsync(db, new DuckDbStoreOptions(), CancellationToken.None).ConfigureAwait(false);
        var sources = await store.ListSourcesAsync(CancellationToken.None).ConfigureAwait(false);
        var otlp = sources.Where(s => s.FileName.StartsWith("otlp:", StringComparison.Ordinal)).ToList();
        return (otlp.Sum(s => s.RowsInserted), otlp.Count);
    }
}
