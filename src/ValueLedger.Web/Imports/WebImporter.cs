using ValueLedger.Core.Pricing;
using ValueLedger.Core.Storage;
using ValueLedger.Importers.Pipeline;
using ValueLedger.Importers.Pricing;

namespace ValueLedger.Web.Imports;

/// <summary>
/// Imports an uploaded file with the CLI's <see cref="ImportRunner"/> (format detection, duplicate-file refusal by SHA-256,
/// replacement of re-delivered bills, rejected rows; the file lands whole or not at all), then records who uploaded it
/// (audit <c>import.file</c>) and its first 10,000 rejected rows. Uploads and OTLP batches take turns
/// (<see cref="LedgerAccess.ImportTurn"/>): the store holds one import session at a time.
/// </summary>
internal static class WebImporter
{
    // The default price book, as `valueledger import` uses without --prices; the identifier key is the ledger's (checked at start-up).
    private static readonly Lazy<IPricer> Pricer = new(PriceBookLoader.LoadDefault);

    public static async Task<FileImportResult> ImportAsync(LedgerAccess ledger, UploadedFile upload, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(upload);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var options = new ImportOptions
        {
            Format = upload.Format,
            Lenient = upload.Lenient,
            RejectsDirectory = upload.Folder,
            Pricer = Pricer.Value,
            Hasher = await ledger.IdentifierKey.HasherAsync(cancellationToken).ConfigureAwait(false),
            Time = ledger.Time,
        };
        var turn = ledger.ImportTurn;
        await turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = await new ImportRunner(store, options).ImportFileAsync(upload.Path, upload.Name, progress: null, cancellationToken).ConfigureAwait(false);
            var rejects = result.Outcome == ImportOutcome.Imported && result.FirstRejects is { } first
                ? first.Select(r => new ImportReject(r.Line, r.Column, r.Reason, r.Raw)).ToList()
                : [];

            // The import is already committed; its audit entry must land even if the client has gone meanwhile.
            await store.RecordUploadAsync(
                result.Outcome == ImportOutcome.Imported ? result.SourceId : null, upload.Name, OutcomeText(result.Outcome), rejects, actor, ledger.Time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            turn.Release();
        }
    }

    public static string OutcomeText(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Imported => "imported",
        ImportOutcome.DuplicateFile => "duplicate-file",
        _ => "failed",
    };

    /// <summary>The runner's messages speak to the CLI; on the web the format is chosen with the <c>format</c> field.</summary>
    public static string WebMessage(string? message) =>
        (message ?? "the import failed").Replace("name it with --format", "choose it with format=", StringComparison.Ordinal)
            .Replace(" (strict mode: nothing was imported; use --lenient to set bad rows aside)", " (strict mode: nothing was imported)", StringComparison.Ordinal);

    /// <summary>Importers tried when recognising a file, for the 422 answer.</summary>
    public static IReadOnlyList<string> Formats { get; } = [.. Importers.ImporterRegistry.All.Select(i => i.Format)];

    internal static bool IsFormat(string? format) => format is null || Formats.Contains(format, StringComparer.OrdinalIgnoreCase);
}
