namespace ValueLedger.Web.Pages.Reconciliation;

/// <summary>A currency's totals: exact money, the estimated share in percent (null = undefined), rows per status.</summary>
public sealed record ReconciliationSummaryView(string Currency, string CostOfRecord, string EstimatedUncovered, string? EstimatedSharePercent, IReadOnlyDictionary<string, int> StatusCounts, int Flagged);
