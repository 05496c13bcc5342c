using System.Security.Cryptography;
using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Importers.Pipeline;

/// <summary>Imports of records that arrive already read (live telemetry), through the same pricing and commit as files.</summary>
public sealed partial class ImportRunner
{
    /// <summary>
    /// Imports <paramref name="records"/> as one source named <paramref name="sourceName"/>, atomically: they are
    /// priced like telemetry read from a file, records whose (format, record key) the ledger already holds are
    /// left out (a retried export is counted once), and the source appears in the import history.
    /// </summary>
    /// <param name="sourceName">The history's file name for the batch, e.g. <c>otlp:2026-11-28T13</c>.</param>
    /// <param name="format">The importer format whose keys the records share (duplicates are judged within it).</param>
    /// <param name="batchId">Distinguishes batches of one source name; with the keys it makes the source's SHA-256, which is not of file bytes.</param>
    public async Task<FileImportResult> ImportRecordsAsync(string sourceName, string format, string batchId, IReadOnlyList<SpendRecord> records, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentNullException.ThrowIfNull(records);
        var started = options.Time.GetUtcNow();
        var manifest = new ImportManifest(sourceName, BatchSha256(sourceName, batchId, records), 0, format, ReplacementPolicy.SkipDuplicateKeys, started);
        var session = await store.BeginImportAsync(manifest, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            // Records were read and checked before they were queued: nothing is rejected here, so no rejects file.
            using var sink = new PipelineSink(session, options.Pricer, lenient: false, () => throw new InvalidOperationException("a batch of read records has no rejects"));
            foreach (var record in records)
            {
                sink.Accept(record);
            }

            var commit = await session.CommitAsync(new ImportStatistics(sink.RowsRead, 0, null), cancellationToken).ConfigureAwait(false);
            if (!commit.Succeeded)
            {
                return await FailAsync(sourceName, manifest.Sha256, 0, format, started, $"{sourceName}: {commit.Conflict}", cancellationToken, sink).ConfigureAwait(false);
            }

            return new FileImportResult(
                sourceName, format, ImportOutcome.Imported, sink.RowsRead, commit.RowsInserted, 0, commit.RowsSkippedAsDuplicate,
                sink.Cost, sink.PeriodStart, sink.PeriodEnd, commit.Replaced, sink.Unpriced, null, null, commit.SourceId);
        }
    }

    private static string BatchSha256(string sourceName, string batchId, IReadOnlyList<SpendRecord> records)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{sourceName}\n{batchId}\n"));
        foreach (var record in records)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(record.RecordKey));
            hash.AppendData("\n"u8);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
