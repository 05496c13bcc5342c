using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.Value.Scoreboard;

namespace ValueLedger.Core.People.Reports;

public sealed partial class PeopleReports
{
    /// <summary>Behavioural outcomes and capacity of every initiative (or one) over the months <c>[from, to)</c>.</summary>
    public Task<BehaviourReport> BehaviourAsync(DateOnly from, DateOnly to, string? initiative, CancellationToken cancellationToken) =>
        BehaviourAsync(from, to, initiative, null, cancellationToken);

    /// <summary>
    /// Behavioural outcomes and capacity over the months <c>[from, to)</c> (first days; a later day counts as its
    /// month) of every initiative owned by <paramref name="businessUnits"/> (null = all), or of <paramref name="initiative"/> only.
    /// </summary>
    public async Task<BehaviourReport> BehaviourAsync(
        DateOnly from, DateOnly to, string? initiative, IReadOnlyCollection<string>? businessUnits, CancellationToken cancellationToken)
    {
        from = FirstOfMonth(from);
        to = FirstOfMonth(to) < to ? FirstOfMonth(to).AddMonths(1) : to;
        var k = K;
        var months = new List<DateOnly>();
        for (var at = from; at < to; at = at.AddMonths(1))
        {
            months.Add(at);
        }

        var facts = await people.LoadPeopleFactsAsync(from, to, cancellationToken).ConfigureAwait(false);
        var records = await outcomes.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var agreements = await outcomes.QueryAgreementsAsync(null, cancellationToken).ConfigureAwait(false);
        var spend = await figures.QueryInitiativeMonthsAsync(Utc(from), Utc(to), cancellationToken).ConfigureAwait(false);
        var values = CountingOutcomes.ByMonth(records, agreements).Where(o => o.Month >= Utc(from) && o.Month < Utc(to)).ToList();

        var result = new List<InitiativeBehaviour>();
        foreach (var item in Organisation.Initiatives.Where(i =>
            (initiative is null || string.Equals(i.Id, initiative, StringComparison.Ordinal))
            && (businessUnits is null || businessUnits.Contains(i.OwnerBu, StringComparer.Ordinal))))
        {
            var reviews = BehaviourOutcomes.Reviews(facts.Reviews.Where(r => r.Initiative == item.Id));
            var capacity = BehaviourOutcomes.Capacity(facts.Capacity.Where(c => c.Initiative == item.Id));
            var teams = Organisation.Teams.Where(t => t.Initiatives.Contains(item.Id, StringComparer.Ordinal)).Select(t => t.Id).ToList();
            Func<string, bool> ofTeams = unit => Organisation.FindTeam(unit) is { } team && teams.Contains(team.Id, StringComparer.Ordinal);
            var ofOwner = SurveyMeans.UnitsOf(Organisation, [item.OwnerBu]);

            var behaviour = new List<BehaviourMonth>();
            var capacityMonths = new List<CapacityMonth>();
            foreach (var month in months)
            {
                var (overrides, errors, reliance, minutes) = BehaviourOutcomes.Rates(reviews.GetValueOrDefault(month), k);
                var end = month.AddMonths(1);
                PeopleMeasure Survey(SurveyMeasure measure) =>
                    teams.Count > 0 && SurveyMeans.Mean(facts, measure, ofTeams, month, end, k) is { State: not CellState.NoData } own
                        ? own
                        : SurveyMeans.Mean(facts, measure, ofOwner, month, end, k);
                behaviour.Add(new BehaviourMonth(month, overrides, errors, reliance, minutes, Survey(SurveyMeasure.Trust), Survey(SurveyMeasure.Learning)));
                capacityMonths.Add(BehaviourOutcomes.CapacityShown(month, capacity.TryGetValue(month, out var c) ? c : null, k));
            }

            // Money in the currency with the most allocated cost (currencies are never added); value in the same one.
            var cost = spend.Where(r => r.Initiative == item.Id).GroupBy(r => r.Currency, StringComparer.Ordinal)
                .Select(g => (Currency: g.Key, Net: g.Sum(r => r.NetCost))).OrderByDescending(g => Math.Abs(g.Net)).ThenBy(g => g.Currency, StringComparer.Ordinal).ToList();
            var valued = values.Where(v => v.Initiative == item.Id).ToList();
            var currency = cost.Count > 0 ? cost[0].Currency : valued.Select(v => v.Currency).Order(StringComparer.Ordinal).FirstOrDefault() ?? string.Empty;

            result.Add(new InitiativeBehaviour(
                item.Id, item.Name, item.OwnerBu, behaviour, capacityMonths,
                BehaviourOutcomes.Trend(behaviour.Select(b => b.ReviewMinutesPerOutput.Shown)),
                BehaviourOutcomes.CapacityTotal(from, capacityMonths),
                valued.Where(v => v.Currency == currency).Sum(v => v.Value),
                cost.Where(c => c.Currency == currency).Sum(c => c.Net),
                currency));
        }

        return new BehaviourReport(from, to, k, result);
    }
}
