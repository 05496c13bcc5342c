namespace ValueLedger.Web;

// The API's response shapes. Money is an exact decimal string (as in the CLI's JSON, docs/cli-json.md),
// ratios are numbers (0.42 = 42 %), months YYYY-MM, days YYYY-MM-DD, timestamps UTC ISO 8601.

internal sealed record HealthDto(string Status);

internal sealed record SpendDto(IReadOnlyList<string> By, string? From, string? To, IReadOnlyList<SpendRowDto> Rows, IReadOnlyList<SpendTotalDto> Totals)
{
    /// <summary>ai (AI spend only, the default) or all.</summary>
    public string Scope { get; init; } = "ai";
}

internal sealed record SpendRowDto(
    IReadOnlyDictionary<string, string?> Keys, string Currency, string Cost, string CostOfRecord, string EstimatedUncovered,
    string CoveredTelemetryEstimate, long CostLines, long TelemetryRecords, long UnpricedTelemetryRecords, long Requests, long Tokens, string BilledCost);

internal sealed record SpendTotalDto(string Currency, string Cost, string EstimatedUncovered);

internal sealed record CoverageDto(string? From, string? To, IReadOnlyList<CoverageRowDto> Rows, IReadOnlyList<CoverageRowDto> Overall);

internal sealed record CoverageRowDto(
    string? Month, string? Bu, string Currency, string GrossInScope, string GrossEstimated, string GrossAllocated, string GrossAllocatedToInitiative,
    decimal? Coverage, string Maturity);

internal sealed record ShowbackDto(string Month, string GeneratedAt, bool PreviousMonthAllocated, IReadOnlyList<StatementDto> Statements);

internal sealed record StatementDto(string? Bu, string Name, string? Owner, IReadOnlyList<StatementTotalDto> Totals, IReadOnlyList<StatementLineDto> Lines);

internal sealed record StatementTotalDto(string Currency, string Amount, string Gross, string Estimated, string? Previous, string Change, decimal? ChangePercent);

internal sealed record StatementLineDto(string Section, string Item, string Label, string Currency, string Amount);

internal sealed record InitiativeDto(string Id, string Name, string OwnerBu, string? Sponsor, string Stage);

internal sealed record InitiativeDetailDto(InitiativeDto Initiative, IReadOnlyList<InitiativeMonthDto> Months, long OutcomeRecords);

internal sealed record InitiativeMonthDto(string Month, string Currency, string Cost);

internal sealed record OutcomePageDto(IReadOnlyList<OutcomeDto> Items, int Page, int PageSize, int Total);

internal sealed record OutcomeDto(
    long Id, string Initiative, string PeriodStart, string PeriodEnd, long Successful, long Failed, string? Value, string? Currency,
    string Status, bool Counts, long? Corrects, string RecordedAt, string? ReviewedAt);
