using ValueLedger.Core.Storage;
using ValueLedger.Importers.Pipeline;

namespace ValueLedger.Web.Imports;

/// <summary>The import history and an import's result as the API and the imports page show them.</summary>
internal static class ImportViews
{
    public static ImportResultDto Result(FileImportResult r) => new(
        r.SourceId ?? 0, r.FileName, r.Format, WebImporter.OutcomeText(r.Outcome), r.RowsRead, r.RowsInserted, r.RowsRejected, r.RowsSkippedAsDuplicate,
        [.. r.Cost.Select(c => new ImportCostDto(c.Currency, Money.Exact(c.Amount)))],
        r.PeriodStart is { } start ? Money.Day(DateOnly.FromDateTime(start)) : null,
        r.PeriodEnd is { } end ? Money.Day(DateOnly.FromDateTime(end)) : null,
        [.. r.Replaced.Select(p => new ImportReplacedDto(p.Provider, p.BillingAccountId, Money.Day(DateOnly.FromDateTime(p.BillingPeriodStart)), Money.Day(DateOnly.FromDateTime(p.BillingPeriodEnd)), p.RowsRemoved, p.PreviousSources))],
        [.. r.Unpriced.Select(u => new ImportUnpricedDto(u.Provider, u.Model, u.Records))],
        r.Outcome == ImportOutcome.Imported ? null : WebImporter.WebMessage(r.Message));

    /// <summary>One page of the import history, newest first, with the providers each import's records hold now.</summary>
    public static async Task<ImportPageDto> HistoryAsync(LedgerAccess ledger, int page, int pageSize, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var sources = await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false);
        var items = sources.OrderByDescending(s => s.Id).Skip((int)Math.Min((long)(page - 1) * pageSize, int.MaxValue)).Take(pageSize).ToList();
        var providers = await store.ListSourceProvidersAsync([.. items.Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
        return new ImportPageDto([.. items.Select(s => Source(s, providers.GetValueOrDefault(s.Id) ?? []))], page, pageSize, sources.Count);
    }

    public static async Task<ImportSourceDto?> FindAsync(LedgerAccess ledger, long id, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var source = (await store.ListSourcesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(s => s.Id == id);
        if (source is null)
        {
            return null;
        }

        var providers = await store.ListSourceProvidersAsync([id], cancellationToken).ConfigureAwait(false);
        return Source(source, providers.GetValueOrDefault(id) ?? []);
    }

    public static async Task<ImportRejectPageDto> RejectsAsync(LedgerAccess ledger, ImportSourceDto source, int page, int pageSize, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var offset = (int)Math.Min((long)(page - 1) * pageSize, int.MaxValue);
        var (rows, stored) = await store.ListImportRejectsAsync(source.Id, offset, pageSize, cancellationToken).ConfigureAwait(false);
        return new ImportRejectPageDto(source.Id, [.. rows.Select(r => new ImportRejectDto(r.Line, r.Column, r.Reason, r.Excerpt))], page, pageSize, stored, source.Rejected);
    }

    private static ImportSourceDto Source(ImportedSource s, IReadOnlyList<string> providers) => new(
        s.Id, s.FileName, s.Sha256, s.SizeBytes, s.Format, providers, WebImporter.OutcomeText(s.Outcome), s.RowsRead, s.RowsInserted, s.RowsRejected,
        s.RowsSkippedAsDuplicate, s.RowsReplaced, Money.Timestamp(s.StartedAt), CleanMessage(s));

    /// <summary>
    /// An upload's rejects file was in its temporary folder, deleted since: its rows are in the ledger instead, so the
    /// history does not point at a file that is gone.
    /// </summary>
    private static string? CleanMessage(ImportedSource s) =>
        s.Message is { } m && m.Contains(UploadFolder.Name, StringComparison.Ordinal)
            ? (s.RowsRejected == 1 ? "1 row rejected; see the rejected rows" : $"{s.RowsRejected} rows rejected; see the rejected rows")
            : s.Message;
}
