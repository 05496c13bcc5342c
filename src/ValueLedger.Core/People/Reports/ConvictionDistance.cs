using System.Globalization;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Metrics;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Conviction distance (PRODUCT.md) of one org unit in one month, each level 0–100:
/// <list type="number">
/// <item>executive confidence and manager readiness: survey means of the unit and its teams (the organisation: all);</item>
/// <item>workforce use: the unit's share of people at regular use or above, derived from its teams' rows of the
/// organisation-wide ladder (a person in two of its teams counts in each); the organisation's from its row;</item>
/// <item>workflow integration: the share of the unit's teams' workflows whose latest SOP record before the month's
/// end is <c>updated</c>;</item>
/// <item>realised outcome: attribution coverage × 100 of the unit's gross in-scope spend in the month (gross cost of
/// initiatives with a validated outcome overlapping the month ÷ all its gross cost). With several currencies, the
/// currency with the most gross spend is used (currencies are never added), and the basis says so.</item>
/// </list>
/// Distance = the first shown level − the last shown level (null with fewer than two shown); conviction breaks at
/// the level after the largest drop between adjacent shown levels (null when no level drops).
/// </summary>
internal static class ConvictionDistance
{
    public static ConvictionUnit Unit(
        string id, string name, PeopleFacts facts, Func<string, bool> inUnit, AdoptionTeamRow ladderTotal,
        IReadOnlyList<WorkflowRecord> latestWorkflows, IReadOnlyList<InitiativeMonth> spend, IReadOnlySet<string> validated,
        DateOnly month, int k)
    {
        var end = month.AddMonths(1);
        var executive = Survey(ConvictionLevel.ExecutiveConfidence, SurveyMeans.Mean(facts, SurveyMeasure.ExecutiveConfidence, inUnit, month, end, k), "executive-confidence");
        var managers = Survey(ConvictionLevel.ManagerReadiness, SurveyMeans.Mean(facts, SurveyMeasure.ManagerReadiness, inUnit, month, end, k), "manager-readiness");
        var use = ladderTotal.RegularUseShare;
        var workforce = new ConvictionScore(
            ConvictionLevel.WorkforceUse, use.State, use.Shown, use.State == CellState.Value ? use.People : null,
            use.State == CellState.Value ? $"share of {use.People} people at regular use or above" : "adoption ladder: share at regular use or above");

        var workflows = latestWorkflows.Where(w => inUnit(w.Team)).ToList();
        var updated = workflows.Count(w => w.Status == WorkflowStatus.Updated);
        var integration = workflows.Count == 0
            ? new ConvictionScore(ConvictionLevel.WorkflowIntegration, CellState.NoData, null, null, "no workflow records")
            : new ConvictionScore(ConvictionLevel.WorkflowIntegration, CellState.Value, Percent(updated, workflows.Count), null,
                string.Create(CultureInfo.InvariantCulture, $"{updated} of {workflows.Count} workflows with an updated SOP"));

        var realised = Realised(spend, validated);
        return Summarise(id, name, [executive, managers, workforce, integration, realised]);
    }

    /// <summary>The distance, where it breaks and the largest step, from the five levels in order.</summary>
    public static ConvictionUnit Summarise(string id, string name, IReadOnlyList<ConvictionScore> levels)
    {
        var shown = levels.Where(l => l.Score is not null).ToList();
        decimal? distance = shown.Count >= 2 ? shown[0].Score - shown[^1].Score : null;
        ConvictionLevel? breaksAt = null;
        decimal? largest = null;
        for (var i = 1; i < shown.Count; i++)
        {
            var drop = shown[i - 1].Score!.Value - shown[i].Score!.Value;
            if (drop > 0 && (largest is null || drop > largest))
            {
                largest = drop;
                breaksAt = shown[i].Level;
            }
        }

        return new ConvictionUnit(id, name, levels, distance, breaksAt, largest);
    }

    private static ConvictionScore Survey(ConvictionLevel level, PeopleMeasure mean, string measure) =>
        new(level, mean.State, mean.Shown, mean.State == CellState.Value ? mean.People : null,
            mean.State == CellState.Value ? $"survey {measure}: mean of {mean.People} respondents" : $"survey {measure}");

    private static ConvictionScore Realised(IReadOnlyList<InitiativeMonth> spend, IReadOnlySet<string> validated)
    {
        var byCurrency = spend.GroupBy(r => r.Currency, StringComparer.Ordinal)
            .Select(g => (Currency: g.Key, Gross: ValueMetrics.GrossInScope(g), Attributed: ValueMetrics.AttributedGross(g, validated)))
            .Where(c => c.Gross > 0)
            .OrderByDescending(c => c.Gross).ThenBy(c => c.Currency, StringComparer.Ordinal)
            .ToList();
        if (byCurrency.Count == 0)
        {
            return new ConvictionScore(ConvictionLevel.RealisedOutcome, CellState.NoData, null, null, "no allocated spend");
        }

        var (currency, gross, attributed) = byCurrency[0];
        var coverage = ValueMetrics.AttributionCoverage(attributed, gross)!.Value;
        var others = byCurrency.Count > 1 ? $" (the largest of {byCurrency.Count} currencies)" : string.Empty;
        return new ConvictionScore(
            ConvictionLevel.RealisedOutcome, CellState.Value, Math.Round(coverage * 100, 1, MidpointRounding.AwayFromZero), null,
            string.Create(CultureInfo.InvariantCulture, $"attribution coverage of {gross:0.00} {currency} gross in-scope spend{others}"));
    }

    private static decimal Percent(int part, int whole) => Math.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);
}
