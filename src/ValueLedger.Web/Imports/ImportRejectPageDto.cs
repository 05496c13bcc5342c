namespace ValueLedger.Web.Imports;

/// <summary>One page of an import's kept rejected rows: <c>Total</c> kept (at most 10,000), <c>Rejected</c> all it set aside.</summary>
public sealed record ImportRejectPageDto(long SourceId, IReadOnlyList<ImportRejectDto> Items, int Page, int PageSize, long Total, long Rejected);
