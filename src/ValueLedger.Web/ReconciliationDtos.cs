namespace ValueLedger.Web;

// The shape of `valueledger reconcile --format json` (docs/cli-json.md): money exact strings, percentages as strings
// with 2 decimals (null when undefined), counts numbers, statuses as the CLI words them.

internal sealed record ReconciliationDto(
    ReconciliationThresholdDto Threshold, string? From, string? To, bool OnlyFlagged, int Flagged,
    IReadOnlyList<ReconciliationSummaryDto> Summary, IReadOnlyList<ReconciliationRowDto> Rows);

internal sealed record ReconciliationThresholdDto(string Relative, string MinVariance);

internal sealed record ReconciliationSummaryDto(
    string Currency, string CostOfRecord, string EstimatedUncovered, string? EstimatedSharePercent, IReadOnlyDictionary<string, int> StatusCounts, int Flagged);

/// <summary>One provider, account (null = the provider's lines carry none) and month in one currency; variance = of record − telemetry estimate.</summary>
internal sealed record ReconciliationRowDto(
    string Provider, string? Account, string Month, string Currency, string CostOfRecord, string TelemetryEstimate, string Variance, string? VariancePercent,
    long CostLines, long TelemetryRecords, long UnpricedTelemetryRecords, string Status, bool IsFlagged);
