using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// A survey measure's mean score (0–100) over <c>[from, to)</c> for the org units a predicate accepts: individual
/// responses in the period count once per respondent (a respondent's answers are averaged first), pre-aggregated
/// results overlapping the period count with their respondent numbers as weights. Shown only over at least k people.
/// </summary>
internal static class SurveyMeans
{
    /// <summary>The organisation-wide unit name in survey files.</summary>
    public const string OrganisationUnit = "organisation";

    public static PeopleMeasure Mean(
        PeopleFacts facts, SurveyMeasure measure, Func<string, bool> inUnit, DateOnly from, DateOnly to, int k)
    {
        var perRespondent = facts.SurveyResponses
            .Where(r => r.Measure == measure && r.Day >= from && r.Day < to && inUnit(r.OrgUnit))
            .GroupBy(r => r.Respondent, StringComparer.Ordinal)
            .Select(g => g.Average(r => r.Score))
            .ToList();
        var aggregates = facts.SurveyAggregates
            .Where(a => a.Measure == measure && a.Respondents > 0 && MonthLadder.Overlaps(a.PeriodStart, a.PeriodEnd, from, to) && inUnit(a.OrgUnit))
            .ToList();
        var people = perRespondent.Count + aggregates.Sum(a => a.Respondents);
        if (people == 0)
        {
            return PeopleMeasure.NoData;
        }

        var sum = perRespondent.Sum() + aggregates.Sum(a => a.Respondents * a.MeanScore);
        return PeopleMeasure.Of(Math.Round(sum / people, 1, MidpointRounding.AwayFromZero), people, k);
    }

    /// <summary>A predicate: whether an org unit names one of <paramref name="businessUnits"/> or one of their teams (id or alias).</summary>
    public static Func<string, bool> UnitsOf(Organisation.Organisation organisation, IReadOnlyCollection<string> businessUnits) =>
        unit => businessUnits.Contains(unit, StringComparer.Ordinal)
            || (organisation.FindTeam(unit) is { } team && businessUnits.Contains(team.BusinessUnit, StringComparer.Ordinal));
}
