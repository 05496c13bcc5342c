namespace ValueLedger.Web.Imports;

/// <summary>One page of the import history (newest first); <c>Total</c> counts every import.</summary>
public sealed record ImportPageDto(IReadOnlyList<ImportSourceDto> Items, int Page, int PageSize, int Total);
