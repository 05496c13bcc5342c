using System.Security.Cryptography;
using ValueLedger.Core.Import;
using ValueLedger.Core.Storage;

namespace ValueLedger.Importers.Pipeline;

/// <summary>
/// Imports files into a store, each file atomically: it lands whole or not at all. The same bytes
/// twice change nothing; a re-delivered FOCUS billing period replaces the earlier one.
/// </summary>
public sealed partial class ImportRunner(ISpendStore store, ImportOptions options, IReadOnlyList<ISpendImporter>? importers = null)
{
    private readonly IReadOnlyList<ISpendImporter> _importers = importers ?? ImporterRegistry.All;

    /// <summary>Whether bad rows are set aside (true) or stop the import (false).</summary>
    public bool Lenient => options.Lenient;

    /// <summary>
    /// Imports <paramref name="files"/> in order. In strict mode the run stops after the first file
    /// that fails (files before it stay imported); in lenient mode it goes on with the next file.
    /// </summary>
    public async Task<IReadOnlyList<FileImportResult>> ImportAsync(IReadOnlyList<string> files, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var results = new List<FileImportResult>();
        foreach (var file in files)
        {
            var result = await ImportFileAsync(file, progress, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            if (result.Outcome == ImportOutcome.Failed && !options.Lenient)
            {
                break;
            }
        }

        return results;
    }

    /// <summary>Imports one file.</summary>
    public Task<FileImportResult> ImportFileAsync(string file, IProgress<ImportProgress>? progress, CancellationToken cancellationToken) =>
        ImportFileAsync(file, file, progress, cancellationToken);

    /// <summary>
    /// Imports the file at <paramref name="path"/> under the name <paramref name="name"/>: the name is what the import
    /// history, format detection and messages see (an upload is stored under a temporary path but keeps the name its user gave).
    /// </summary>
    public async Task<FileImportResult> ImportFileAsync(string path, string name, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(name);
        var file = name;
        var started = options.Time.GetUtcNow();
        var size = new FileInfo(path).Length;
        progress?.Report(new ImportProgress(file, 0, size, 0, ImportStage.Hashing));
        var sha256 = await HashAsync(path, cancellationToken).ConfigureAwait(false);

        var previous = await store.FindImportedFileAsync(sha256, cancellationToken).ConfigureAwait(false);
        if (previous is not null)
        {
            var manifest = new ImportManifest(file, sha256, size, previous.Format, ReplacementPolicy.SkipDuplicateKeys, started);
            var message = $"already imported as source {previous.Id} ({previous.FileName}, {previous.StartedAt:yyyy-MM-dd HH:mm:ss}Z); nothing changed";
            await store.RecordAttemptAsync(manifest, ImportOutcome.DuplicateFile, new ImportStatistics(0, 0, message), cancellationToken).ConfigureAwait(false);
            progress?.Report(new ImportProgress(file, size, size, 0, ImportStage.Done));
            return new FileImportResult(file, previous.Format, ImportOutcome.DuplicateFile, 0, 0, 0, 0, [], null, null, [], [], null, message, previous.Id);
        }

        byte[] head;
        try
        {
            head = InputOpener.ReadHead(path, file);
        }
        catch (InvalidDataException ex)
        {
            return await FailAsync(file, sha256, size, options.Format ?? "unknown", started, $"{file}: {ex.Message}", cancellationToken).ConfigureAwait(false);
        }

        var importer = FormatResolver.Resolve(_importers, options.Format, options.MappingPath, head, file, out var formatError);
        if (importer is null)
        {
            return await FailAsync(file, sha256, size, options.Format ?? "unknown", started, $"{file}: {formatError}", cancellationToken).ConfigureAwait(false);
        }

        var fileManifest = new ImportManifest(file, sha256, size, importer.Format, importer.Replacement, started);
        return await ImportWithAsync(importer, path, fileManifest, progress, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FileImportResult> ImportWithAsync(ISpendImporter importer, string path, ImportManifest manifest, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var file = manifest.FileName;
        var session = await store.BeginImportAsync(manifest, cancellationToken).ConfigureAwait(false);
        await using (session.ConfigureAwait(false))
        {
            using var sink = new PipelineSink(session, options.Pricer, options.Lenient, () => OpenRejects(file));
            var context = new ImportContext { FileName = file, Hasher = options.Hasher, MappingPath = options.MappingPath };
            ProgressStream? raw = null;
            try
            {
                using var input = InputOpener.Open(path, file, out raw);
                using var timer = progress is null ? null : new Timer(
                    _ => progress.Report(new ImportProgress(file, raw.BytesRead, manifest.SizeBytes, sink.RowsRead, ImportStage.Reading)),
                    null,
                    TimeSpan.FromMilliseconds(200),
                    TimeSpan.FromMilliseconds(200));
                await importer.ReadAsync(input, context, sink, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException ex)
            {
                // A corrupt gzip stream surfaces here, whichever importer is reading it.
                sink.Reject(new RowError(0, null, $"the file cannot be read: {ex.Message}", IsFatal: true));
            }

            if (sink.StoppedBy is { } stop)
            {
                var why = options.Lenient || stop.IsFatal ? stop.Describe(file) : $"{stop.Describe(file)} (strict mode: nothing was imported; use --lenient to set bad rows aside)";
                return await FailAsync(file, manifest.Sha256, manifest.SizeBytes, importer.Format, manifest.StartedAt, why, cancellationToken, sink).ConfigureAwait(false);
            }

            if (sink.RowsRead == 0)
            {
                return await FailAsync(file, manifest.Sha256, manifest.SizeBytes, importer.Format, manifest.StartedAt, $"{file}: no records found", cancellationToken, sink).ConfigureAwait(false);
            }

            progress?.Report(new ImportProgress(file, manifest.SizeBytes, manifest.SizeBytes, sink.RowsRead, ImportStage.Committing));
            var message = sink.RowsRejected > 0 ? $"{sink.RowsRejected} rows rejected, see {sink.RejectsPath}" : null;
            var commit = await session.CommitAsync(new ImportStatistics(sink.RowsRead, sink.RowsRejected, message), cancellationToken).ConfigureAwait(false);
            if (!commit.Succeeded)
            {
                return await FailAsync(file, manifest.Sha256, manifest.SizeBytes, importer.Format, manifest.StartedAt, $"{file}: {commit.Conflict}", cancellationToken, sink).ConfigureAwait(false);
            }

            progress?.Report(new ImportProgress(file, manifest.SizeBytes, manifest.SizeBytes, sink.RowsRead, ImportStage.Done));
            return new FileImportResult(
                file, importer.Format, ImportOutcome.Imported, sink.RowsRead, commit.RowsInserted, sink.RowsRejected, commit.RowsSkippedAsDuplicate,
                sink.Cost, sink.PeriodStart, sink.PeriodEnd, commit.Replaced, sink.Unpriced, sink.RejectsPath, message, commit.SourceId, sink.FirstRejects);
        }
    }

    private async Task<FileImportResult> FailAsync(string file, string sha256, long size, string format, DateTimeOffset started, string message, CancellationToken cancellationToken, PipelineSink? sink = null)
    {
        var manifest = new ImportManifest(file, sha256, size, format, ReplacementPolicy.SkipDuplicateKeys, started);
        await store.RecordAttemptAsync(manifest, ImportOutcome.Failed, new ImportStatistics(sink?.RowsRead ?? 0, sink?.RowsRejected ?? 0, message), cancellationToken).ConfigureAwait(false);
        return new FileImportResult(file, format, ImportOutcome.Failed, sink?.RowsRead ?? 0, 0, sink?.RowsRejected ?? 0, 0, [], null, null, [], [], sink?.RejectsPath, message, null, sink?.FirstRejects);
    }

    private RejectsWriter OpenRejects(string file)
    {
        var directory = options.RejectsDirectory ?? Directory.GetCurrentDirectory();
        Directory.CreateDirectory(directory);
        var stamp = options.Time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var path = Path.Combine(directory, $"{Path.GetFileName(file)}.{stamp}.rejects.csv");
        return new RejectsWriter(path, file);
    }

    private static async Task<string> HashAsync(string file, CancellationToken cancellationToken)
    {
        var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
            return Convert.ToHexStringLower(hash);
        }
    }
}
