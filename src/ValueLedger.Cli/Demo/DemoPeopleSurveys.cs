using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// The demo's monthly pulse surveys (answered on the 15th, scores 0–100):
/// <list type="bullet">
/// <item>executive confidence (~80) and perceived regular use (~70) from each business unit's leadership (six
/// people; legal's general counsel answers alone: a department with a single respondent) and from the executive
/// team for the whole <c>organisation</c>;</item>
/// <item>manager readiness (~55) from each unit's managers: pre-aggregated results from the old survey tool for the
/// first two months, responses from 2026-01;</item>
/// <item>trust and learning from about four in ten members of each team once they have a seat (support trusts its
/// copilot a little too much early on; engineers distrust the review bot).</item>
/// </list>
/// </summary>
internal sealed class DemoPeopleSurveys(IReadOnlyList<DemoPerson> people, IReadOnlyList<string> businessUnits, Func<string, string> hash, DateOnly cutoff, int seed)
{
    public const string Organisation = "organisation";

    /// <summary>The months whose manager readiness came pre-aggregated.</summary>
    public const int AggregatedMonths = 2;

    private const int Leaders = 6;

    private readonly Random _random = new(seed + 2);

    public (IReadOnlyList<SurveyResponse> Responses, IReadOnlyList<SurveyAggregate> Aggregates) Build()
    {
        var responses = new List<SurveyResponse>();
        var aggregates = new List<SurveyAggregate>();
        for (var m = 0; m < DemoOrganisation.Months; m++)
        {
            var month = DemoPeopleStory.Month(m);
            var day = month.AddDays(14);
            if (day >= cutoff)
            {
                break;
            }

            var progress = m / (double)(DemoOrganisation.Months - 1);
            foreach (var unit in businessUnits)
            {
                var leaders = unit == "legal" ? 1 : Leaders;
                for (var i = 1; i <= leaders; i++)
                {
                    var leader = hash($"{unit}.lead{i}@northwind.example");
                    responses.Add(Response(unit, SurveyMeasure.ExecutiveConfidence, day, leader, 75 + (8 * progress)));
                    responses.Add(Response(unit, SurveyMeasure.PerceivedRegularUse, day, leader, 64 + (10 * progress)));
                }

                var managers = Managers(unit);
                if (m < AggregatedMonths)
                {
                    aggregates.Add(new SurveyAggregate(unit, SurveyMeasure.ManagerReadiness, month, month.AddMonths(1), managers.Count, Math.Round((decimal)(48 + (3 * m) + Noise(2)), 1)));
                }
                else
                {
                    responses.AddRange(managers.Select(p => Response(unit, SurveyMeasure.ManagerReadiness, day, hash(p), 49 + (11 * progress))));
                }
            }

            for (var i = 1; i <= Leaders + 1; i++)
            {
                var executive = hash($"exec{i}@northwind.example");
                responses.Add(Response(Organisation, SurveyMeasure.ExecutiveConfidence, day, executive, 78 + (8 * progress)));
                responses.Add(Response(Organisation, SurveyMeasure.PerceivedRegularUse, day, executive, 66 + (8 * progress)));
            }

            AddTeamPulse(responses, day, progress);
        }

        return (responses, aggregates);
    }

    private void AddTeamPulse(List<SurveyResponse> responses, DateOnly day, double progress)
    {
        foreach (var p in people.Where(p => p.Seat is { } s && s < day && (p.Left is null || p.Left > day)))
        {
            foreach (var (team, from) in p.Teams.Where(t => t.From <= day))
            {
                if (_random.NextDouble() >= 0.4)
                {
                    continue;
                }

                var trust = team.StartsWith("support", StringComparison.Ordinal) ? 80 - (8 * progress)
                    : team.StartsWith("eng", StringComparison.Ordinal) ? 44 + (10 * progress)
                    : 58 + (6 * progress);
                responses.Add(Response(team, SurveyMeasure.Trust, day, hash(p.Identity), trust));
                responses.Add(Response(team, SurveyMeasure.Learning, day, hash(p.Identity), 40 + (30 * progress)));
            }
        }
    }

    /// <summary>A unit's managers: every sixth member of its teams, at least five (legal has exactly five).</summary>
    private List<string> Managers(string unit)
    {
        var members = people.Where(p => p.BusinessUnit == unit && p.Teams.Count > 0).Select(p => p.Identity).ToList();
        return [.. members.Where((_, i) => i % 6 == 0 || i < 5).Take(Math.Max(5, members.Count / 6))];
    }

    private SurveyResponse Response(string unit, SurveyMeasure measure, DateOnly day, string respondent, double mean) =>
        new(unit, measure, day, Math.Clamp(Math.Round((decimal)(mean + Noise(9))), 0m, 100m), respondent);

    /// <summary>Roughly normal noise with standard deviation about <paramref name="spread"/> (sum of uniforms).</summary>
    private double Noise(double spread) => (_random.NextDouble() + _random.NextDouble() + _random.NextDouble() - 1.5) * 2 * spread;
}
