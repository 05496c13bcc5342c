using System.Diagnostics;
using System.Net;

namespace ValueLedger.Benchmarks;

/// <summary>
/// A closed-loop load generator: <c>clients</c> workers each send one request, wait for its answer, and send the
/// next, for a fixed time. Latency is measured from send to the last byte of the body. For the OTLP receiver a 429
/// is back-pressure, not an error: the worker waits the Retry-After it was given and sends the same batch again.
/// </summary>
internal static class LoadGenerator
{
    /// <summary>Runs <paramref name="send"/> from <paramref name="clients"/> workers for <paramref name="duration"/>.</summary>
    /// <param name="send">One request for worker <c>w</c>, request number <c>n</c> of that worker; returns the response and the spans it carried (0 for pages).</param>
    public static async Task<LoadResult> RunAsync(string target, int clients, TimeSpan duration, Func<int, long, Task<(HttpResponseMessage Response, int Spans)>> send)
    {
        var latencies = new List<double>[clients];
        var errors = new long[clients];
        var throttled = new long[clients];
        var spans = new long[clients];
        string? firstError = null;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            latencies[w] = new List<double>(4096);
            for (long n = 0; clock.Elapsed < duration; n++)
            {
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var (response, carried) = await send(w, n).ConfigureAwait(false);
                    using (response)
                    {
                        await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                        latencies[w].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                        if (response.StatusCode == HttpStatusCode.TooManyRequests)
                        {
                            throttled[w]++;
                            n--;
                            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1)).ConfigureAwait(false);
                        }
                        else if (!response.IsSuccessStatusCode)
                        {
                            errors[w]++;
                            Interlocked.CompareExchange(ref firstError, $"{(int)response.StatusCode} {response.ReasonPhrase}", null);
                        }
                        else
                        {
                            spans[w] += carried;
                        }
                    }
                }
                catch (HttpRequestException ex)
                {
                    errors[w]++;
                    Interlocked.CompareExchange(ref firstError, ex.Message, null);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(
            target, clients, elapsed, all.Length, errors.Sum(), throttled.Sum(),
            all.Length / elapsed, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), all.Length == 0 ? 0 : all[^1],
            spans.Sum(), spans.Sum() / elapsed, firstError);
    }

    /// <summary>Nearest-rank percentile of sorted latencies (ms); 0 when there are none.</summary>
    public static double Percentile(double[] sorted, double p)
    {
        if (sorted.Length == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}

/// <summary>One target's figures: requests answered (any status), latencies in milliseconds, OTLP spans accepted.</summary>
internal sealed record LoadResult(
    string Target,
    int Clients,
    double Seconds,
    long Requests,
    long Errors,
    long Throttled,
    double RequestsPerSecond,
    double P50Ms,
    double P95Ms,
    double P99Ms,
    double MaxMs,
    long SpansAccepted,
    double SpansPerSecond,
    string? FirstError);
