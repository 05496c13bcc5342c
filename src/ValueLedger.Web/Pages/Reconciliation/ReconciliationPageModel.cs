namespace ValueLedger.Web.Pages.Reconciliation;

/// <summary>The reconciliation page's form (GET) and figures; <see cref="Error"/> explains an invalid question (nothing is shown then).</summary>
public sealed record ReconciliationPageModel(
    string? From, string? To, string? Threshold, string? MinVariance, bool OnlyFlagged, string? Error,
    string? Relative, string? MinimumVariance, int Flagged,
    IReadOnlyList<ReconciliationSummaryView> Summary, IReadOnlyList<ReconciliationRowView> Rows);

/// <summary>A currency's totals: exact money, the estimated share in percent (null = undefined), rows per status.</summary>
public sealed record ReconciliationSummaryView(string Currency, string CostOfRecord, string EstimatedUncovered, string? EstimatedSharePercent, IReadOnlyDictionary<string, int> StatusCounts, int Flagged);

/// <summary>One provider/account/month row with its status; <see cref="IsFlagged"/> for anything but "ok".</summary>
public sealed record ReconciliationRowView(
    string Provider, string? Account, string Month, string Currency, string CostOfRecord, string TelemetryEstimate, string Variance, string? VariancePercent,
    long CostLines, long TelemetryRecords, long UnpricedTelemetryRecords, string Status, bool IsFlagged);
