namespace ValueLedger.Core.People.Reports;

public sealed partial class PeopleReports
{
    /// <summary>Conviction distance of every business unit and the organisation in <paramref name="month"/>, with a trend over <paramref name="trendMonths"/> months.</summary>
    public Task<ConvictionReport> ConvictionAsync(DateOnly month, int trendMonths, CancellationToken cancellationToken) =>
        ConvictionAsync(month, trendMonths, null, cancellationToken);

    /// <summary>
    /// Conviction distance of <paramref name="businessUnits"/> (null = every business unit, then the organisation
    /// last) in <paramref name="month"/>, with the distance of each over the <paramref name="trendMonths"/> months ending with it.
    /// </summary>
    public async Task<ConvictionReport> ConvictionAsync(
        DateOnly month, int trendMonths, IReadOnlyCollection<string>? businessUnits, CancellationToken cancellationToken)
    {
        month = FirstOfMonth(month);
        var k = K;
        var first = month.AddMonths(-(Math.Max(1, trendMonths) - 1));
        var end = month.AddMonths(1);
        var facts = await people.LoadPeopleFactsAsync(first, end, cancellationToken).ConfigureAwait(false);
        var records = await outcomes.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        var spend = await figures.QueryInitiativeMonthsAsync(Utc(first), Utc(end), cancellationToken).ConfigureAwait(false);

        var units = Organisation.BusinessUnits.Where(b => businessUnits is null || businessUnits.Contains(b.Id, StringComparer.Ordinal))
            .Select(b => (b.Id, b.Name, InUnit: SurveyMeans.UnitsOf(Organisation, [b.Id]), Bu: (string?)b.Id))
            .ToList();
        if (businessUnits is null)
        {
            units.Add((OrganisationUnit, "Organisation", _ => true, null));
        }

        var result = new List<ConvictionUnit>();
        var trend = new List<ConvictionTrendPoint>();
        for (var at = first; at <= month; at = at.AddMonths(1))
        {
            var atEnd = at.AddMonths(1);
            var ladder = MonthLadder.Compute(Organisation, facts, at, records);
            var workflows = MonthLadder.LatestWorkflows(Organisation, facts.Workflows, atEnd);
            var validated = MonthLadder.ValidatedInitiatives(records, at, atEnd);
            var monthSpend = spend.Where(r => r.Month == Utc(at)).ToList();
            foreach (var (id, name, inUnit, bu) in units)
            {
                var total = View(ladder, bu is null ? null : [bu], id, name, k).Total;
                var unitSpend = bu is null ? monthSpend : [.. monthSpend.Where(r => r.Bu == bu)];
                var unit = ConvictionDistance.Unit(id, name, facts, inUnit, total, workflows, unitSpend, validated, at, k);
                trend.Add(new ConvictionTrendPoint(id, at, unit.Distance));
                if (at == month)
                {
                    result.Add(unit);
                }
            }
        }

        return new ConvictionReport(month, k, result, trend);
    }

    private static DateTime Utc(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
}
