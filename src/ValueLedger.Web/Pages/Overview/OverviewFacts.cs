using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Web.Pages.Overview;

/// <summary>
/// The ledger-wide figures the overview is drawn from, before any business-unit scoping: the incentive scoreboard
/// of each month of the trend window (oldest first; the last one is <see cref="Latest"/>, the latest allocated
/// month), the ledger's initiative-months and counting outcomes over that window, and allocation coverage of the
/// latest month per business unit and overall. All aggregated by the store; the same for every user, so cached.
/// </summary>
internal sealed record OverviewFacts(
    DateTime? Latest,
    IReadOnlyList<ScoreboardReport> Trend,
    IReadOnlyList<InitiativeMonth> Months,
    IReadOnlyList<OutcomeMonth> Outcomes,
    IReadOnlyList<PeriodCoverageRow> CoverageByBu,
    IReadOnlyList<PeriodCoverageRow> CoverageOverall)
{
    /// <summary>Months shown in the trend charts, the latest included.</summary>
    public const int TrendMonths = 12;

    /// <summary>Nothing allocated yet (a new instance per load, so that a cache can tell loads apart).</summary>
    public static OverviewFacts Empty() => new(null, [], [], [], [], []);

    /// <summary>The scoreboard of the latest month, or null when nothing is allocated.</summary>
    public ScoreboardReport? LatestReport => Trend.Count == 0 ? null : Trend[^1];
}
