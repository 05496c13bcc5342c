using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.Value.Metrics;

/// <summary>
/// An initiative's value month by month: cost per successful outcome and its trend (the change against the
/// previous month with a defined figure in the same currency; falling is good), value realised, net value
/// and ROI, from the ledger's initiative-months and the counting outcomes (<see cref="CountingOutcomes"/>). Pure.
/// </summary>
public static class InitiativeTrend
{
    /// <summary>Rows for the months [<paramref name="from"/>, <paramref name="to"/>) that have cost or outcomes, by month then currency.</summary>
    public static IReadOnlyList<InitiativeTrendRow> Monthly(string initiative, DateTime from, DateTime to, IReadOnlyList<InitiativeMonth> months, IReadOnlyList<OutcomeMonth> outcomes)
    {
        ArgumentNullException.ThrowIfNull(months);
        ArgumentNullException.ThrowIfNull(outcomes);
        var costs = months.Where(m => m.Initiative == initiative && m.Month >= from && m.Month < to).ToList();
        var results = outcomes.Where(o => o.Initiative == initiative && o.Month >= from && o.Month < to).ToList();
        var keys = costs.Select(c => (c.Month, c.Currency))
            .Concat(results.Where(o => o.Value != 0 || o.Successful != 0).Select(o => (o.Month, o.Currency)))
            .Where(k => !string.IsNullOrEmpty(k.Currency))
            .Distinct()
            .OrderBy(k => k.Month)
            .ThenBy(k => k.Currency, StringComparer.Ordinal)
            .ToList();

        var rows = new List<InitiativeTrendRow>();
        var lastCostPerOutcome = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (month, currency) in keys)
        {
            var cost = costs.Where(c => c.Month == month && c.Currency == currency).Sum(c => c.NetCost);
            var successful = results.Where(o => o.Month == month).Sum(o => o.Successful);
            var value = results.Where(o => o.Month == month && o.Currency == currency).Sum(o => o.Value);
            var costPerOutcome = ValueMetrics.CostPerSuccessfulOutcome(cost, successful);
            decimal? change = null;
            if (costPerOutcome is { } now && lastCostPerOutcome.TryGetValue(currency, out var before))
            {
                change = ValueMetrics.RelativeChange(now, before);
            }

            if (costPerOutcome is { } defined)
            {
                lastCostPerOutcome[currency] = defined;
            }

            var net = ValueMetrics.NetValue(value, cost);
            rows.Add(new InitiativeTrendRow(month, currency, cost, successful, value, costPerOutcome, change, net, ValueMetrics.Roi(net, cost)));
        }

        return rows;
    }
}
