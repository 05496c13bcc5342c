using ValueLedger.Core.Value;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Every team member's highest rung in one month <c>[Month, Month + 1 month)</c>, per team (person-level: never leaves
/// Core; <see cref="AdoptionTables"/> turns it into suppressed counts). The rules (PRODUCT.md "Adoption ladder"):
/// <list type="bullet">
/// <item>members: distinct people with a membership overlapping the month (a membership names a team by id or alias);</item>
/// <item>access: a seat overlapping the month; awareness / training: a learning record completed before the month's end;</item>
/// <item>experimentation: active on at least <c>experimentation_days</c> days of the month (copilot and telemetry
/// active days united); regular use: at least <c>days_per_week</c> active days in at least <c>weeks</c> of the four
/// 7-day windows (days 1–7, 8–14, 15–21, 22–28);</item>
/// <item>workflow integration: regular use in a team with at least one workflow whose latest SOP record before the
/// month's end is <c>updated</c>; measured outcome: that, in a team one of whose initiatives has a validated outcome
/// overlapping the month.</item>
/// </list>
/// The highest evidenced rung counts: training without a seat is training (and flagged as a data-quality count).
/// </summary>
internal sealed class MonthLadder
{
    private MonthLadder(DateOnly month) => Month = month;

    public DateOnly Month { get; }

    /// <summary>Team id → member → highest rung in that team.</summary>
    public Dictionary<string, Dictionary<string, AdoptionRung>> Teams { get; } = new(StringComparer.Ordinal);

    /// <summary>People with an active day in the month (any team or none).</summary>
    public HashSet<string> Active { get; } = new(StringComparer.Ordinal);

    /// <summary>People with a seat overlapping the month.</summary>
    public HashSet<string> Seated { get; } = new(StringComparer.Ordinal);

    /// <summary>People with an awareness or training record completed before the month's end.</summary>
    public HashSet<string> Learned { get; } = new(StringComparer.Ordinal);

    public static MonthLadder Compute(
        Organisation.Organisation organisation, PeopleFacts facts, DateOnly month, IReadOnlyList<OutcomeRecord> outcomes)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(outcomes);
        var end = month.AddMonths(1);
        var settings = organisation.People;
        var ladder = new MonthLadder(month);

        foreach (var membership in facts.Memberships.Where(m => m.From < end && (m.To is null || m.To > month)))
        {
            if (organisation.FindTeam(membership.Team) is { } team)
            {
                if (!ladder.Teams.TryGetValue(team.Id, out var members))
                {
                    members = new Dictionary<string, AdoptionRung>(StringComparer.Ordinal);
                    ladder.Teams.Add(team.Id, members);
                }

                members[membership.Person] = AdoptionRung.None;
            }
        }

        ladder.Seated.UnionWith(facts.Seats.Where(s => s.From < end && (s.To is null || s.To > month)).Select(s => s.Person));
        var completed = facts.Learning.Where(l => l.CompletedOn < end).ToList();
        ladder.Learned.UnionWith(completed.Select(l => l.Person));
        var aware = completed.Where(l => l.Kind == LearningKind.Awareness).Select(l => l.Person).ToHashSet(StringComparer.Ordinal);
        var trained = completed.Where(l => l.Kind == LearningKind.Training).Select(l => l.Person).ToHashSet(StringComparer.Ordinal);

        // Distinct days per person: a day seen by both copilot and telemetry counts once.
        var days = facts.ActiveDays.Where(a => a.Day >= month && a.Day < end)
            .GroupBy(a => a.Person, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Day).Distinct().ToList(), StringComparer.Ordinal);
        ladder.Active.UnionWith(days.Keys);

        var updatedTeams = UpdatedTeams(organisation, facts.Workflows, end);
        var validated = ValidatedInitiatives(outcomes, month, end);

        foreach (var (teamId, members) in ladder.Teams)
        {
            var team = organisation.FindTeam(teamId)!;
            var integrated = updatedTeams.Contains(teamId);
            var measured = integrated && team.Initiatives.Any(validated.Contains);
            foreach (var person in members.Keys.ToList())
            {
                var rung = AdoptionRung.None;
                if (ladder.Seated.Contains(person))
                {
                    rung = AdoptionRung.Access;
                }

                if (aware.Contains(person))
                {
                    rung = AdoptionRung.Awareness;
                }

                if (trained.Contains(person))
                {
                    rung = AdoptionRung.Training;
                }

                if (days.TryGetValue(person, out var active))
                {
                    if (active.Count >= Math.Max(1, settings.ExperimentationDays))
                    {
                        rung = AdoptionRung.Experimentation;
                    }

                    if (IsRegular(active, month, settings))
                    {
                        rung = measured ? AdoptionRung.MeasuredOutcome : integrated ? AdoptionRung.WorkflowIntegration : AdoptionRung.RegularUse;
                    }
                }

                members[person] = rung;
            }
        }

        return ladder;
    }

    /// <summary>Active on at least days-per-week days in at least weeks of the four 7-day windows of the month.</summary>
    internal static bool IsRegular(IReadOnlyCollection<DateOnly> activeDays, DateOnly month, PeopleSettings settings)
    {
        var weeks = 0;
        for (var window = 0; window < 4; window++)
        {
            var first = month.AddDays(7 * window);
            var last = first.AddDays(7);
            if (activeDays.Count(d => d >= first && d < last) >= Math.Max(1, settings.RegularUseDaysPerWeek))
            {
                weeks++;
            }
        }

        return weeks >= Math.Max(1, settings.RegularUseWeeks);
    }

    /// <summary>Teams with at least one workflow whose latest record before <paramref name="end"/> is updated.</summary>
    internal static HashSet<string> UpdatedTeams(Organisation.Organisation organisation, IEnumerable<WorkflowRecord> workflows, DateOnly end) =>
        LatestWorkflows(organisation, workflows, end).Where(w => w.Status == WorkflowStatus.Updated).Select(w => w.Team).ToHashSet(StringComparer.Ordinal);

    /// <summary>Each declared team's workflows as of <paramref name="end"/> (latest record before it), team as its id.</summary>
    internal static List<WorkflowRecord> LatestWorkflows(Organisation.Organisation organisation, IEnumerable<WorkflowRecord> workflows, DateOnly end) =>
        [.. workflows.Where(w => w.AsOf < end)
            .Select(w => (Team: organisation.FindTeam(w.Team)?.Id, Record: w))
            .Where(x => x.Team is not null)
            .GroupBy(x => (x.Team, x.Record.Workflow))
            .Select(g => g.OrderBy(x => x.Record.AsOf).Last().Record with { Team = g.Key.Team! })];

    /// <summary>Initiatives with a validated outcome record whose period overlaps <c>[from, to)</c>.</summary>
    internal static HashSet<string> ValidatedInitiatives(IEnumerable<OutcomeRecord> outcomes, DateOnly from, DateOnly to) =>
        outcomes.Where(o => o.Status == OutcomeStatus.Validated && Overlaps(o.Claim.PeriodStart, o.Claim.PeriodEnd, from, to))
            .Select(o => o.Claim.Initiative).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether <c>[start, end)</c> overlaps <c>[from, to)</c>; a period of no days counts on its start day.</summary>
    internal static bool Overlaps(DateOnly start, DateOnly end, DateOnly from, DateOnly to) =>
        end <= start ? start >= from && start < to : start < to && end > from;
}
