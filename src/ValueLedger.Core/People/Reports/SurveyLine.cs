using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// A survey measure's means per business unit and for the organisation in one period, suppressed together: the
/// respondent counts of the units (a unit: its own id and its teams'), of the responses in no unit, and of the
/// organisation form one line, suppressed like a <see cref="PeopleTable"/> row, so that the organisation's mean and
/// the shown units' means never give away the mean of fewer than k respondents.
/// </summary>
internal static class SurveyLine
{
    private const string Elsewhere = "";

    public static Dictionary<string, PeopleMeasure> Means(
        Organisation.Organisation organisation, PeopleFacts facts, SurveyMeasure measure, DateOnly from, DateOnly to, int k)
    {
        string UnitOf(string orgUnit) =>
            organisation.FindBusinessUnit(orgUnit)?.Id ?? organisation.FindTeam(orgUnit)?.BusinessUnit ?? Elsewhere;

        var units = organisation.BusinessUnits.Select(b => b.Id).Append(Elsewhere).ToList();
        var means = units.ToDictionary(u => u, u => SurveyMeans.Mean(facts, measure, o => UnitOf(o) == u, from, to, k), StringComparer.Ordinal);
        var whole = SurveyMeans.Mean(facts, measure, _ => true, from, to, k);

        // Respondent counts (people behind each mean, shown or not) for the line.
        var counts = units.ToDictionary(u => u, u => SurveyMeans.Respondents(facts, measure, o => UnitOf(o) == u, from, to), StringComparer.Ordinal);
        var line = new PeopleTable(1, units.Count);
        for (var c = 0; c < units.Count; c++)
        {
            line.SetCell(0, c, counts[units[c]] == 0 ? null : counts[units[c]]);
        }

        var total = SurveyMeans.Respondents(facts, measure, _ => true, from, to);
        line.SetRowTotal(0, total == 0 ? null : total);
        var shown = line.Suppress(k);

        var result = new Dictionary<string, PeopleMeasure>(StringComparer.Ordinal);
        for (var c = 0; c < units.Count - 1; c++)
        {
            result[units[c]] = shown.Cells[0, c].State == CellState.BelowThreshold ? PeopleMeasure.BelowThreshold : means[units[c]];
        }

        result[SurveyMeans.OrganisationUnit] = shown.RowTotals[0].State == CellState.BelowThreshold ? PeopleMeasure.BelowThreshold : whole;
        return result;
    }

    /// <summary>
    /// One business unit's means per team and for the unit as a whole, suppressed together: the respondent counts of
    /// its teams, of answers given to the unit itself, and of the unit form one line (so a team set's mean beside the
    /// unit's never gives a small team's away). Keyed by team id, and by the unit id for the unit.
    /// </summary>
    public static Dictionary<string, PeopleMeasure> TeamMeans(
        Organisation.Organisation organisation, PeopleFacts facts, SurveyMeasure measure, string businessUnit, DateOnly from, DateOnly to, int k)
    {
        var teams = organisation.Teams.Where(t => t.BusinessUnit == businessUnit).Select(t => t.Id).ToList();
        string? MemberOf(string orgUnit) =>
            organisation.FindTeam(orgUnit) is { } team ? (team.BusinessUnit == businessUnit ? team.Id : null)
            : orgUnit == businessUnit ? Elsewhere : null;
        var members = teams.Append(Elsewhere).ToList();
        var line = new PeopleTable(1, members.Count);
        for (var c = 0; c < members.Count; c++)
        {
            var count = SurveyMeans.Respondents(facts, measure, o => MemberOf(o) == members[c], from, to);
            line.SetCell(0, c, count == 0 ? null : count);
        }

        var total = SurveyMeans.Respondents(facts, measure, o => MemberOf(o) is not null, from, to);
        line.SetRowTotal(0, total == 0 ? null : total);
        var shown = line.Suppress(k);

        var result = new Dictionary<string, PeopleMeasure>(StringComparer.Ordinal);
        for (var c = 0; c < teams.Count; c++)
        {
            result[teams[c]] = shown.Cells[0, c].State == CellState.BelowThreshold ? PeopleMeasure.BelowThreshold
                : SurveyMeans.Mean(facts, measure, o => MemberOf(o) == teams[c], from, to, k);
        }

        result[businessUnit] = shown.RowTotals[0].State == CellState.BelowThreshold ? PeopleMeasure.BelowThreshold
            : SurveyMeans.Mean(facts, measure, o => MemberOf(o) is not null, from, to, k);
        return result;
    }

    /// <summary>The mean of several units, derived from their shown means (weighted by their people); hidden when any is.</summary>
    public static PeopleMeasure Combined(IReadOnlyList<PeopleMeasure> units, int k)
    {
        var withData = units.Where(u => u.State != CellState.NoData).ToList();
        if (withData.Count == 0)
        {
            return PeopleMeasure.NoData;
        }

        if (withData.Any(u => u.State == CellState.BelowThreshold))
        {
            return PeopleMeasure.BelowThreshold;
        }

        var people = withData.Sum(u => u.People);
        return PeopleMeasure.Of(Math.Round(withData.Sum(u => u.Value * u.People) / people, 1, MidpointRounding.AwayFromZero), people, k);
    }
}
