namespace ValueLedger.Web.Imports;

// Response shapes of /api/imports. Money is an exact decimal string; timestamps UTC ISO 8601; days YYYY-MM-DD.

internal sealed record ImportResultDto(
    long SourceId, string File, string? Format, string Outcome, long Rows, long Inserted, long Rejected, long SkippedAsDuplicate,
    IReadOnlyList<ImportCostDto> Cost, string? PeriodStart, string? PeriodEnd, IReadOnlyList<ImportReplacedDto> Replaced,
    IReadOnlyList<ImportUnpricedDto> Unpriced, string? Message);

internal sealed record ImportCostDto(string Currency, string Amount);

internal sealed record ImportReplacedDto(string Provider, string? BillingAccountId, string BillingPeriodStart, string BillingPeriodEnd, long RowsRemoved, IReadOnlyList<string> PreviousSources);

internal sealed record ImportUnpricedDto(string Provider, string? Model, long Records);
