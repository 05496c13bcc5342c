namespace ValueLedger.Web.Pages.Reconciliation;

/// <summary>The reconciliation page's form (GET) and figures; <see cref="Error"/> explains an invalid question (nothing is shown then).</summary>
public sealed record ReconciliationPageModel(
    string? From, string? To, string? Threshold, string? MinVariance, bool OnlyFlagged, string? Error,
    string? Relative, string? MinimumVariance, int Flagged,
    IReadOnlyList<ReconciliationSummaryView> Summary, IReadOnlyList<ReconciliationRowView> Rows);
