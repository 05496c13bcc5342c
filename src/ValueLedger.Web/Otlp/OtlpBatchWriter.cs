using System.Globalization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// The one writer of received telemetry: drains <see cref="OtlpIngestQueue"/> and commits a batch every
/// <see cref="WebOptions.OtlpFlushInterval"/> or every <see cref="WebOptions.OtlpBatchRecords"/> records, whichever
/// comes first, each batch as one import (source <c>otlp:YYYY-MM-DDTHH</c>, the UTC hour of the commit). On shutdown
/// it stops taking requests and commits everything it accepted before the host stops.
/// </summary>
internal sealed partial class OtlpBatchWriter(OtlpIngestQueue queue, OtlpImportSetup setup, LedgerAccess ledger, ILogger<OtlpBatchWriter> logger) : IHostedService, IDisposable
{
    /// <summary>The importer format the records are kept under: the OTLP JSON file importer's, so keys are shared with it.</summary>
    public const string Format = "otlp-json";

    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private long _batches;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _loop = Task.Run(RunAsync, CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        try
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _stopping.CancelAsync().ConfigureAwait(false);
        }
    }

    public void Dispose() => _stopping.Dispose();

    /// <summary>The source name of a batch committed at <paramref name="at"/>: one name per UTC hour.</summary>
    public static string SourceName(DateTimeOffset at) =>
        "otlp:" + at.UtcDateTime.ToString("yyyy-MM-dd'T'HH", CultureInfo.InvariantCulture);

    private async Task RunAsync()
    {
        var reader = queue.Reader;
        var options = ledger.Options;
        while (await reader.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            var batch = new List<SpendRecord>();
            var senders = new Dictionary<string, long>(StringComparer.Ordinal);
            var queued = 0;
            using (var window = new CancellationTokenSource(options.OtlpFlushInterval))
            {
                while (batch.Count < options.OtlpBatchRecords)
                {
                    if (reader.TryRead(out var request))
                    {
                        batch.AddRange(request.Records);
                        queued += request.Records.Count;
                        senders[request.Actor] = senders.GetValueOrDefault(request.Actor) + request.Records.Count;
                        continue;
                    }

                    try
                    {
                        if (!await reader.WaitToReadAsync(window.Token).ConfigureAwait(false))
                        {
                            break;
                        }
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                }
            }

            var inserted = await CommitAsync(batch, senders).ConfigureAwait(false);
            queue.Committed(queued, inserted);
        }
    }

    /// <summary>
    /// Commits one batch, retrying until it lands: while another import holds the ledger (an upload) it waits its turn;
    /// on other failures it retries every second. Only once the host gives up waiting (shutdown timeout) is a batch
    /// abandoned, and that is logged as an error with its size.
    /// </summary>
    /// <returns>The records inserted (0 when the batch was abandoned).</returns>
    private async Task<long> CommitAsync(List<SpendRecord> batch, Dictionary<string, long> senders)
    {
        var batchId = $"{Environment.ProcessId}-{Interlocked.Increment(ref _batches)}-{ledger.Time.GetUtcNow().UtcTicks}";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (ledger.Options.OtlpBeforeCommit is { } hook)
                {
                    await hook(_stopping.Token).ConfigureAwait(false);
                }

                var store = await ledger.StoreAsync(_stopping.Token).ConfigureAwait(false);
                var runner = new ImportRunner(store, setup.ImportOptions);
                FileImportResult result;
                await ledger.ImportTurn.WaitAsync(_stopping.Token).ConfigureAwait(false);
                try
                {
                    result = await runner.ImportRecordsAsync(SourceName(ledger.Time.GetUtcNow()), Format, batchId, batch, _stopping.Token).ConfigureAwait(false);
                }
                finally
                {
                    ledger.ImportTurn.Release();
                }

                if (result.Outcome == Core.Storage.ImportOutcome.Failed)
                {
                    LogBatchFailed(batch.Count, result.Message);
                }
                else
                {
                    await AuditAsync(store, result, senders).ConfigureAwait(false);
                }

                return result.RowsInserted;
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                LogBatchAbandoned(batch.Count);
                return 0;
            }
            catch (InvalidOperationException ex) when (ex.Message.Contains("import session is open", StringComparison.Ordinal))
            {
                // Another import (an upload) is being staged: one session at a time; wait for our turn.
                await DelayAsync(TimeSpan.FromMilliseconds(200)).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                LogRetry(ex, batch.Count, attempt);
                await DelayAsync(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Every write is audited: one entry per sender (the API token's actor) of the batch, naming the import it landed
    /// in and how many of the batch's records that sender's requests carried.
    /// </summary>
    private async Task AuditAsync(Storage.DuckDb.DuckDbSpendStore store, FileImportResult result, Dictionary<string, long> senders)
    {
        var subject = result.SourceId is { } id ? "source:" + id.ToString(CultureInfo.InvariantCulture) : "source:" + result.FileName;
        foreach (var (actor, records) in senders)
        {
            var details = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["source"] = result.FileName,
                ["records"] = records.ToString(CultureInfo.InvariantCulture),
                ["batchRecords"] = senders.Values.Sum().ToString(CultureInfo.InvariantCulture),
                ["batchInserted"] = result.RowsInserted.ToString(CultureInfo.InvariantCulture),
            });
            await store.AppendAuditAsync(actor, Core.Value.AuditActions.TelemetryReceive, subject, details, ledger.Time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
        }
    }

    private async Task DelayAsync(TimeSpan delay)
    {
        try
        {
            await Task.Delay(delay, _stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutdown: the next attempt sees the cancellation and gives up.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "OTLP batch of {Records} records could not be committed: {Reason}")]
    private partial void LogBatchFailed(int records, string? reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "OTLP batch of {Records} accepted records abandoned: the server stopped before it could be committed")]
    private partial void LogBatchAbandoned(int records);

    [LoggerMessage(Level = LogLevel.Warning, Message = "OTLP batch of {Records} records: commit attempt {Attempt} failed; retrying")]
    private partial void LogRetry(Exception ex, int records, int attempt);
}
