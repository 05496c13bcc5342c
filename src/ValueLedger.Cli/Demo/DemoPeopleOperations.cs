using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Team-level facts of the people story before the cut-off day (exclusive): workflow SOP status per team, and review
/// and capacity records per initiative and month (a month's records exist once the month has ended).
/// </summary>
internal sealed class DemoPeopleOperations(IReadOnlyList<DemoPerson> people, IReadOnlyCollection<string> teams, IReadOnlyCollection<string> initiatives, long rows, DateOnly cutoff)
{
    /// <summary>Each team's workflows: not started at the start, in progress, then updated (the second two months later).</summary>
    public IReadOnlyList<WorkflowRecord> Workflows()
    {
        var records = new List<WorkflowRecord>();
        foreach (var profile in DemoPeopleStory.Teams.Where(t => teams.Contains(t.Team)))
        {
            for (var w = 0; w < profile.Workflows.Length; w++)
            {
                var lag = 2 * w;
                Add(records, profile.Team, profile.Workflows[w], WorkflowStatus.NotStarted, 0);
                Add(records, profile.Team, profile.Workflows[w], WorkflowStatus.InProgress, profile.WorkflowStart + lag);
                if (profile.WorkflowUpdated is { } updated)
                {
                    Add(records, profile.Team, profile.Workflows[w], WorkflowStatus.Updated, updated + lag);
                }
            }
        }

        return records;
    }

    public (IReadOnlyList<ReviewRecord> Reviews, IReadOnlyList<CapacityRecord> Capacity) ReviewsAndCapacity()
    {
        var reviews = new List<ReviewRecord>();
        var capacity = new List<CapacityRecord>();
        var scale = DemoPeopleStory.SizeFactor(rows);
        foreach (var plan in DemoPeopleStory.Reviews.Where(p => initiatives.Contains(p.Initiative)))
        {
            for (var m = plan.FirstMonth; m < DemoOrganisation.Months; m++)
            {
                var start = DemoPeopleStory.Month(m);
                var end = start.AddMonths(1);
                if (end > cutoff)
                {
                    break;
                }

                var reviewers = Reviewers(plan.ReviewerTeams, end);
                if (reviewers == 0)
                {
                    continue;
                }

                var t = DemoOrganisation.Months - 1 == plan.FirstMonth ? 1.0 : (m - plan.FirstMonth) / (double)(DemoOrganisation.Months - 1 - plan.FirstMonth);
                var outputs = (long)Math.Round(plan.Outputs * scale * (0.5 + (0.5 * t)));
                var overrides = (long)Math.Round(outputs * Line(plan.OverridePercent, t) / 100);
                var errors = (long)Math.Round(outputs * Line(plan.ErrorPercent, t) / 100);
                var reviewMinutes = Math.Round((decimal)(outputs * Line(plan.ReviewMinutes, t)), 1);
                reviews.Add(new ReviewRecord(plan.Initiative, start, end, reviewers, outputs, outputs, reviewMinutes, overrides, errors));

                var saved = Math.Round((decimal)(outputs * plan.MinutesSavedPerOutput / 60), 1);
                var redeployed = Math.Round(saved * (decimal)Line(plan.Redeployed, t), 1);
                var costReduced = Math.Round(saved * (decimal)Line(plan.CostReduced, t), 1);
                capacity.Add(new CapacityRecord(plan.Initiative, start, end, reviewers, saved, redeployed, costReduced));
            }
        }

        return (reviews, capacity);
    }

    /// <summary>Distinct members of the teams holding a seat on the month's last day.</summary>
    private int Reviewers(string[] reviewerTeams, DateOnly monthEnd) =>
        people.Count(p => p.Seat is { } s && s < monthEnd && (p.Left is null || p.Left >= monthEnd)
            && p.Teams.Any(t => reviewerTeams.Contains(t.Team) && t.From < monthEnd));

    private void Add(List<WorkflowRecord> records, string team, string workflow, WorkflowStatus status, int month)
    {
        var asOf = DemoPeopleStory.Month(month).AddDays(status == WorkflowStatus.NotStarted ? 0 : 9);
        if (month < DemoOrganisation.Months && asOf < cutoff)
        {
            records.Add(new WorkflowRecord(team, workflow, status, asOf));
        }
    }

    private static double Line((double First, double Last) range, double t) => range.First + ((range.Last - range.First) * t);
}
