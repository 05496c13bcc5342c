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

/// <summary>The headline of the latest month in one currency: attribution coverage (fraction), value realised, net value (money), ROI (fraction; null when cost ≤ 0).</summary>
public sealed record HeadlineMoney(string Currency, decimal? Coverage, decimal NetCost, decimal ValueRealised, decimal NetValue, decimal? Roi);

/// <summary>Allocation coverage of the latest month in one currency (to initiatives ÷ gross in scope) and its FinOps maturity, as <c>valueledger coverage</c> judges it.</summary>
public sealed record MaturityRow(string Currency, decimal GrossInScope, decimal GrossAllocatedToInitiative, decimal? Coverage, string Maturity);

/// <summary>Net allocated cost of one business unit (null id = Unallocated) in one currency in the latest month.</summary>
public sealed record BuSpendRow(string? Bu, string Name, string Currency, decimal NetCost);

/// <summary>A gaming flag raised on a business unit's scoreboard line.</summary>
public sealed record FlagRow(string Unit, string Kind, string Explanation);

/// <summary>A unit's activity of the latest month: shown, never scored.</summary>
public sealed record ActivityRow(string Unit, long Requests, long Tokens, long TelemetryRecords);
