using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Core.Value.Scoreboard;

public static partial class IncentiveScoreboard
{
    /// <summary>
    /// Money figures per currency (ordinal order) of the rows passing <paramref name="inUnit"/> and the
    /// outcomes of initiatives passing <paramref name="owns"/>. Coverage's validated initiatives: those
    /// with a validated claim overlapping the month (any currency).
    /// </summary>
    private static List<ScoreboardMoney> Money(Slice now, Slice before, Func<InitiativeMonth, bool> inUnit, Func<string, bool> owns)
    {
        var rowsNow = now.Rows.Where(inUnit).ToList();
        var rowsBefore = before.Rows.Where(inUnit).ToList();
        var outcomesNow = now.Outcomes.Where(o => owns(o.Initiative)).ToList();
        var outcomesBefore = before.Outcomes.Where(o => owns(o.Initiative)).ToList();
        var validatedNow = ValidatedInitiatives(now.Outcomes);
        var validatedBefore = ValidatedInitiatives(before.Outcomes);

        var currencies = rowsNow.Select(r => r.Currency).Concat(rowsBefore.Select(r => r.Currency)).Concat(outcomesNow.Select(o => o.Currency))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var result = new List<ScoreboardMoney>();
        foreach (var currency in currencies)
        {
            var costNow = rowsNow.Where(r => r.Currency == currency).ToList();
            var costBefore = rowsBefore.Where(r => r.Currency == currency).ToList();
            var gross = ValueMetrics.GrossInScope(costNow);
            var attributed = ValueMetrics.AttributedGross(costNow, validatedNow);
            var coverage = ValueMetrics.AttributionCoverage(attributed, gross);
            var previousCoverage = ValueMetrics.AttributionCoverage(ValueMetrics.AttributedGross(costBefore, validatedBefore), ValueMetrics.GrossInScope(costBefore));
            var (costChange, initiatives) = CostPerOutcomeChange(costNow, costBefore, outcomesNow, outcomesBefore);
            var netCost = costNow.Sum(r => r.NetCost);
            var value = ValueMetrics.ValueRealised(outcomesNow.Where(o => o.Currency == currency).Select(o => o.Value));
            var net = ValueMetrics.NetValue(value, netCost);
            result.Add(new ScoreboardMoney(
                currency, gross, attributed, coverage, previousCoverage, ValueMetrics.ChangeInPoints(coverage, previousCoverage),
                costChange, initiatives, netCost, value, net, ValueMetrics.Roi(net, netCost)));
        }

        return result;
    }

    /// <summary>Initiatives with at least one validated claim overlapping the month.</summary>
    private static HashSet<string> ValidatedInitiatives(IEnumerable<OutcomeMonth> outcomes) =>
        outcomes.Where(o => o.ValidatedClaims > 0).Select(o => o.Initiative).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Spend-weighted change in cost per successful outcome, in one currency: for each initiative whose
    /// cost per successful outcome (net allocated cost ÷ validated successful outcomes, all currencies'
    /// counts) is defined in both months and not 0 before, its relative change, weighted by its net
    /// allocated cost this month (initiatives with a weight ≤ 0 are left out). Null when none qualifies.
    /// </summary>
    private static (decimal? Change, int Initiatives) CostPerOutcomeChange(
        List<InitiativeMonth> costNow, List<InitiativeMonth> costBefore, List<OutcomeMonth> outcomesNow, List<OutcomeMonth> outcomesBefore)
    {
        decimal weighted = 0, weights = 0;
        var count = 0;
        foreach (var initiative in costNow.Select(r => r.Initiative).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            var weight = costNow.Where(r => r.Initiative == initiative).Sum(r => r.NetCost);
            var cpsoNow = ValueMetrics.CostPerSuccessfulOutcome(weight, outcomesNow.Where(o => o.Initiative == initiative).Sum(o => o.Successful));
            var cpsoBefore = ValueMetrics.CostPerSuccessfulOutcome(
                costBefore.Where(r => r.Initiative == initiative).Sum(r => r.NetCost), outcomesBefore.Where(o => o.Initiative == initiative).Sum(o => o.Successful));
            if (weight <= 0 || ValueMetrics.RelativeChange(cpsoNow, cpsoBefore) is not { } change)
            {
                continue;
            }

            weighted += weight * change;
            weights += weight;
            count++;
        }

        return (count == 0 ? null : weighted / weights, count);
    }
}
