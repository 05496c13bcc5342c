using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Reconciliation;
using ValueLedger.Core.Storage;
using ValueLedger.Web.Security;

namespace ValueLedger.Web;

/// <summary>
/// <c>GET /api/reconciliation?from=&amp;to=&amp;threshold=5%&amp;minVariance=1.00&amp;onlyFlagged=true</c>: cost of record against the
/// telemetry estimate per provider, account and month, with the status <c>valueledger reconcile</c> gives each row and the
/// summary per currency; computed by the same Core rules over the same store queries. Ledger-wide users only.
/// </summary>
internal static class ReconciliationEndpoints
{
    private static readonly LedgerCache<IReadOnlyList<ReconciliationRow>> Rows = new(s => s.WriteGeneration);

    public static void Map(WebApplication app) =>
        app.MapGet("/api/reconciliation", ReconcileAsync).RequireAuthorization(Policies.LedgerWide).WithName("GetReconciliation").WithTags("Reconciliation")
            .WithSummary("Cost of record against telemetry estimates per provider, account and month, with status and a summary per currency (as valueledger reconcile).")
            .Produces<ReconciliationDto>().ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> ReconcileAsync(LedgerAccess ledger, string? from, string? to, string? threshold, string? minVariance, bool? onlyFlagged, CancellationToken cancellationToken)
    {
        var (report, parameter, problem) = await LoadAsync(ledger, from, to, threshold, minVariance, onlyFlagged ?? false, cancellationToken).ConfigureAwait(false);
        return report is null ? ApiProblems.BadParameter(parameter!, problem!) : Results.Ok(report);
    }

    /// <summary>The reconciliation, or the parameter at fault and why. Shared with the reconciliation page.</summary>
    internal static async Task<(ReconciliationDto? Report, string? Parameter, string? Problem)> LoadAsync(
        LedgerAccess ledger, string? from, string? to, string? threshold, string? minVariance, bool onlyFlagged, CancellationToken cancellationToken)
    {
        var relative = VarianceThreshold.Default.Relative;
        var minimum = VarianceThreshold.Default.MinimumVariance;
        if (!string.IsNullOrEmpty(threshold) && !VarianceThreshold.TryParseRelative(threshold, out relative, out var thresholdError))
        {
            return (null, "threshold", thresholdError);
        }

        if (!string.IsNullOrEmpty(minVariance) && !VarianceThreshold.TryParseAmount(minVariance, out minimum, out var minimumError))
        {
            return (null, "minVariance", minimumError);
        }

        DateTime? start = null, end = null;
        if (!string.IsNullOrEmpty(from))
        {
            if (!ApiProblems.TryDay(from, out var day))
            {
                return (null, "from", $"'{from}' is not a date; use YYYY-MM-DD");
            }

            start = day;
        }

        if (!string.IsNullOrEmpty(to))
        {
            if (!ApiProblems.TryDay(to, out var day))
            {
                return (null, "to", $"'{to}' is not a date; use YYYY-MM-DD");
            }

            end = day;
        }

        var limits = new VarianceThreshold(relative, minimum);
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        // The scan behind it (bills against telemetry over the whole period) is the same for every threshold and user until
        // the ledger changes: computed once per write and period, shared by concurrent requests.
        var rows = await Rows.GetAsync(
            store,
            start?.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + end?.Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture),
            () => store.ReconcileAsync(start, end, CancellationToken.None),
            cancellationToken).ConfigureAwait(false);

        // As the CLI: AI scope; the summary's estimate is telemetry no bill covers in the same period.
        var spend = await SpendCache.QueryAsync(store, new SpendQuery([], start, end, SpendScope.Ai), cancellationToken).ConfigureAwait(false);
        var summaries = ReconciliationSummary.Build(rows, limits, spend);
        var shown = rows.Select(r => (Row: r, Status: ReconciliationRules.Decide(r, limits)))
            .Where(r => !onlyFlagged || ReconciliationRules.IsFlagged(r.Status))
            .Select(r => new ReconciliationRowDto(
                r.Row.Provider, r.Row.Account, r.Row.Month, r.Row.Currency, Money.Exact(r.Row.CostOfRecord), Money.Exact(r.Row.TelemetryEstimate), Money.Exact(r.Row.Variance),
                Percent(r.Row.VarianceRatio), r.Row.CostLines, r.Row.TelemetryRecords, r.Row.UnpricedTelemetryRecords, StatusText(r.Status), ReconciliationRules.IsFlagged(r.Status)))
            .ToList();
        return (new ReconciliationDto(
            new ReconciliationThresholdDto(Money.Exact(limits.Relative), Money.Exact(limits.MinimumVariance)),
            string.IsNullOrEmpty(from) ? null : from, string.IsNullOrEmpty(to) ? null : to, onlyFlagged, summaries.Sum(s => s.Flagged),
            [.. summaries.Select(s => new ReconciliationSummaryDto(
                s.Currency, Money.Exact(s.CostOfRecord), Money.Exact(s.EstimatedUncovered), Percent(s.EstimatedShare),
                Enum.GetValues<ReconciliationStatus>().ToDictionary(StatusText, status => s.StatusCounts[status], StringComparer.Ordinal), s.Flagged))],
            shown), null, null);
    }

    /// <summary>The CLI's status words (stable, docs/cli-json.md).</summary>
    public static string StatusText(ReconciliationStatus status) => status switch
    {
        ReconciliationStatus.Matched => "ok",
        ReconciliationStatus.OverThreshold => "variance above threshold",
        ReconciliationStatus.BilledWithoutTelemetry => "billed with no telemetry",
        ReconciliationStatus.TelemetryWithoutBill => "telemetry with no bill",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>A fraction as a percentage with 2 decimals (<c>0.0512</c> → <c>5.12</c>), as the CLI's JSON; null stays null.</summary>
    private static string? Percent(decimal? ratio) => ratio is { } v ? (v * 100m).ToString("0.00", CultureInfo.InvariantCulture) : null;
}
