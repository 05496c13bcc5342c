using ValueLedger.Web.Charts;

namespace ValueLedger.Web.Pages.Overview;

/// <summary>
/// What the overview shows one user, already scoped to the business units they may see (a bu-owner's figures are
/// their units' only, never ledger-wide totals). <see cref="Month"/> is the latest allocated month (null: nothing
/// allocated yet). Scored figures and activity are kept apart: activity is never among the scored ones.
/// </summary>
public sealed record OverviewModel(
    string? Month,
    string Scope,
    IReadOnlyList<HeadlineMoney> Headline,
    IReadOnlyList<MaturityRow> Maturity,
    LineChartModel? CoverageTrend,
    LineChartModel? CostPerOutcomeTrend,
    IReadOnlyList<BuSpendRow> SpendByBu,
    IReadOnlyList<BarChartModel> SpendCharts,
    IReadOnlyList<FlagRow> Flags,
    IReadOnlyList<ActivityRow> Activity);
