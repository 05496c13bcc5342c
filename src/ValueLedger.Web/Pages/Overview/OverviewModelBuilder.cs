using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;
using ValueLedger.Core.Value.Scoreboard;
using ValueLedger.Web.Charts;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Pages.Overview;

/// <summary>
/// Scopes the cached <see cref="OverviewFacts"/> to one user: ledger-wide users get the organisation's figures,
/// a bu-owner the sum of their units' (ratios recomputed from the summed money, never averaged). Pure, over a few
/// hundred aggregated rows at most.
/// </summary>
internal static class OverviewModelBuilder
{
    private const int MaxSeries = 5;

    public static OverviewModel Build(OverviewFacts facts, Organisation organisation, CurrentUser user)
    {
        if (facts.LatestReport is not { } latest || facts.Latest is not { } period)
        {
            return new OverviewModel(null, ScopeText(organisation, user), [], [], null, null, [], [], [], []);
        }

        var units = latest.Units.Where(u => user.CanSeeBu(u.Bu)).ToList();
        var spend = SpendByBu(facts, organisation, user, period);
        return new OverviewModel(
            Money.Month(period),
            ScopeText(organisation, user),
            Headline(latest, user),
            Maturity(facts, user),
            CoverageTrend(facts, user),
            CostPerOutcomeTrend(facts, organisation, user),
            spend,
            [.. spend.GroupBy(r => r.Currency, StringComparer.Ordinal).Select(g => new BarChartModel(
                $"Net allocated cost by business unit, {Money.Month(period)}, {g.Key}",
                $"One bar per business unit: net cost allocated to it in {Money.Month(period)}, in {g.Key}.",
                [.. g.Select(r => new BarChartBar(r.Name, r.NetCost))], g.Key))],
            [.. units.SelectMany(u => u.Flags.Select(f => new FlagRow(NameOf(organisation, u.Bu), KebabCase.Of(f.Kind), f.Explanation)))],
            [.. units.Select(u => new ActivityRow(NameOf(organisation, u.Bu), u.Activity.Requests, u.Activity.Tokens, u.Activity.TelemetryRecords))]);
    }

    /// <summary>The organisation's money per currency, or for a bu-owner their units' money summed per currency.</summary>
    internal static IReadOnlyList<HeadlineMoney> Headline(ScoreboardReport report, CurrentUser user)
    {
        if (user.SeesAllBusinessUnits)
        {
            return [.. report.Overall.Select(m => new HeadlineMoney(m.Currency, m.Coverage, m.NetCost, m.ValueRealised, m.NetValue, m.Roi))];
        }

        return [.. report.Units.Where(u => user.CanSeeBu(u.Bu)).SelectMany(u => u.Money).GroupBy(m => m.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var cost = g.Sum(m => m.NetCost);
                var net = g.Sum(m => m.NetValue);
                return new HeadlineMoney(g.Key, ValueMetrics.AttributionCoverage(g.Sum(m => m.AttributedGross), g.Sum(m => m.GrossInScope)), cost, g.Sum(m => m.ValueRealised), net, ValueMetrics.Roi(net, cost));
            })];
    }

    private static List<MaturityRow> Maturity(OverviewFacts facts, CurrentUser user)
    {
        var rows = user.SeesAllBusinessUnits
            ? facts.CoverageOverall
            : [.. facts.CoverageByBu.Where(r => r.Bu is not null && user.CanSeeBu(r.Bu)).GroupBy(r => r.Currency, StringComparer.Ordinal)
                .Select(g => new PeriodCoverageRow(null, null, g.Key, g.Sum(r => r.GrossInScope), g.Sum(r => r.GrossEstimated), g.Sum(r => r.GrossAllocated), g.Sum(r => r.GrossAllocatedToInitiative)))];
        return [.. rows.OrderBy(r => r.Currency, StringComparer.Ordinal).Select(r => new MaturityRow(r.Currency, r.GrossInScope, r.GrossAllocatedToInitiative, r.Coverage, r.Maturity))];
    }

    private static LineChartModel? CoverageTrend(OverviewFacts facts, CurrentUser user)
    {
        var byMonth = facts.Trend.Select(r => Headline(r, user)).ToList();
        var currencies = byMonth.SelectMany(h => h.Select(m => m.Currency)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxSeries).ToList();
        if (currencies.Count == 0)
        {
            return null;
        }

        return new LineChartModel(
            "Attribution coverage by month",
            "Share of gross AI cost allocated to initiatives with a validated outcome, per month and currency, in percent.",
            [.. facts.Trend.Select(r => Money.Month(r.Period))],
            [.. currencies.Select(c => new ChartSeries(c, [.. byMonth.Select(h => h.FirstOrDefault(m => m.Currency == c)?.Coverage is { } v ? decimal.Round(v * 100, 2) : (decimal?)null)]))],
            "%") { ZeroLine = false };
    }

    /// <summary>
    /// Per month and currency: net cost of the visible initiatives that had validated successful outcomes that month ÷ those
    /// outcomes (PRODUCT.md's cost per successful outcome, over the initiatives together). Undefined months stay gaps.
    /// </summary>
    private static LineChartModel? CostPerOutcomeTrend(OverviewFacts facts, Organisation organisation, CurrentUser user)
    {
        bool Visible(string? initiative) => initiative is not null && organisation.FindInitiative(initiative) is { } i && user.CanSeeInitiative(i);
        var successful = facts.Outcomes.Where(o => Visible(o.Initiative)).GroupBy(o => (o.Initiative, o.Month)).ToDictionary(g => g.Key, g => g.Sum(o => o.Successful));
        var costs = facts.Months.Where(m => Visible(m.Initiative) && (user.SeesAllBusinessUnits || (m.Bu is not null && user.CanSeeBu(m.Bu))))
            .GroupBy(m => (Initiative: m.Initiative!, m.Month, m.Currency)).Select(g => (g.Key, Cost: g.Sum(m => m.NetCost))).ToList();
        var currencies = costs.Select(c => c.Key.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(MaxSeries).ToList();
        var months = facts.Trend.Select(r => r.Period).ToList();
        var series = currencies.Select(currency => new ChartSeries(currency, [.. months.Select(month =>
        {
            var counted = costs.Where(c => c.Key.Month == month && c.Key.Currency == currency && successful.GetValueOrDefault((c.Key.Initiative, month)) > 0).ToList();
            return ValueMetrics.CostPerSuccessfulOutcome(counted.Sum(c => c.Cost), counted.Sum(c => successful[(c.Key.Initiative, month)])) is { } v
                ? decimal.Round(v, 4) : (decimal?)null;
        })])).Where(s => s.Values.Any(v => v is not null)).ToList();
        return series.Count == 0 ? null : new LineChartModel(
            "Cost per successful outcome by month",
            "Net allocated cost of initiatives with validated successful outcomes divided by those outcomes, per month and currency.",
            [.. months.Select(Money.Month)], series, "per outcome");
    }

    private static List<BuSpendRow> SpendByBu(OverviewFacts facts, Organisation organisation, CurrentUser user, DateTime period) =>
        [.. facts.Months.Where(m => m.Month == period && (m.Bu is null ? user.SeesAllBusinessUnits : user.CanSeeBu(m.Bu)))
            .GroupBy(m => (m.Bu, m.Currency))
            .Select(g => new BuSpendRow(g.Key.Bu, g.Key.Bu is null ? "Unallocated" : NameOf(organisation, g.Key.Bu), g.Key.Currency, g.Sum(m => m.NetCost)))
            .OrderBy(r => r.Currency, StringComparer.Ordinal).ThenByDescending(r => r.NetCost).ThenBy(r => r.Name, StringComparer.Ordinal)];

    private static string NameOf(Organisation organisation, string bu) => organisation.FindBusinessUnit(bu)?.Name ?? bu;

    private static string ScopeText(Organisation organisation, CurrentUser user) => user.BusinessUnits is { } mine
        ? "Your business units: " + string.Join(", ", mine.Order(StringComparer.Ordinal).Select(b => NameOf(organisation, b)))
        : "The whole organisation";
}
