using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Web.Pages.Shell;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Reconciliation;

/// <summary><c>GET /reconciliation?from=&amp;to=&amp;threshold=&amp;minVariance=&amp;onlyFlagged=true</c>: the figures of <c>/api/reconciliation</c> as a page (ledger-wide users).</summary>
internal static class ReconciliationPageEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet("/reconciliation", ReconcileAsync).RequireAuthorization(Policies.LedgerWide).ExcludeFromDescription();

    private static async Task<IResult> ReconcileAsync(
        HttpContext context, LedgerAccess ledger, string? from, string? to, string? threshold, string? minVariance, string? onlyFlagged, CancellationToken cancellationToken)
    {
        var flaggedOnly = onlyFlagged is "true" or "on";
        var (report, _, problem) = await ReconciliationEndpoints.LoadAsync(ledger, from, to, threshold, minVariance, flaggedOnly, cancellationToken).ConfigureAwait(false);
        var model = new ReconciliationPageModel(
            from, to, threshold, minVariance, flaggedOnly, problem, report?.Threshold.Relative, report?.Threshold.MinVariance, report?.Flagged ?? 0,
            [.. (report?.Summary ?? []).Select(s => new ReconciliationSummaryView(s.Currency, s.CostOfRecord, s.EstimatedUncovered, s.EstimatedSharePercent, s.StatusCounts, s.Flagged))],
            [.. (report?.Rows ?? []).Select(r => new ReconciliationRowView(
                r.Provider, r.Account, r.Month, r.Currency, r.CostOfRecord, r.TelemetryEstimate, r.Variance, r.VariancePercent, r.CostLines, r.TelemetryRecords, r.UnpricedTelemetryRecords, r.Status, r.IsFlagged))]);
        return PageResults.Render<ReconciliationPage>(
            new { Shell = PageResults.Shell(context, "Reconciliation", "reconciliation"), Model = model },
            report is null ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
