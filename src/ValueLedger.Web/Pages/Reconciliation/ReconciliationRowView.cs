namespace ValueLedger.Web.Pages.Reconciliation;

/// <summary>One provider/account/month row with its status; <see cref="IsFlagged"/> for anything but "ok".</summary>
public sealed record ReconciliationRowView(
    string Provider, string? Account, string Month, string Currency, string CostOfRecord, string TelemetryEstimate, string Variance, string? VariancePercent,
    long CostLines, long TelemetryRecords, long UnpricedTelemetryRecords, string Status, bool IsFlagged);
