using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// The demo people's person-level facts before the cut-off day (exclusive): memberships, seats, learning records,
/// Copilot active days (per person and day) and the legacy team-level Copilot metrics of the first months.
/// <paramref name="hash"/> turns a fake identity into its keyed hash; nothing raw is returned.
/// </summary>
internal sealed class DemoPeopleActivity(IReadOnlyList<DemoPerson> people, Func<string, string> hash, DateOnly cutoff, int seed)
{
    /// <summary>Months of team-level history from the legacy <c>/copilot/metrics</c> API (2025-11 .. 2026-01).</summary>
    public const int LegacyMonths = 3;

    /// <summary>Probability of activity on a working day: an occasional user, and a regular user once regular.</summary>
    private const double OccasionalRate = 0.2;

    private const double RegularRate = 0.9;

    /// <summary>Weekends see a tenth of a working day's activity.</summary>
    private const double WeekendFactor = 0.1;

    public IReadOnlyList<TeamMembership> Memberships() =>
    [
        .. people.SelectMany(p => p.Teams.Where(t => t.From < cutoff).Select(t => new TeamMembership(
            hash(p.Identity), t.Team, t.From, Until(p.Left), p.Tool == DemoPeopleStory.GitHubCopilot ? "copilot-teams" : "roster"))),
    ];

    public IReadOnlyList<SeatGrant> Seats() =>
        [.. people.Where(p => p.Seat is { } s && s < cutoff).Select(p => new SeatGrant(hash(p.Identity), p.Tool, p.Seat!.Value, Until(p.Left)))];

    public IReadOnlyList<LearningRecord> Learning()
    {
        var records = new List<LearningRecord>();
        foreach (var p in people)
        {
            if (p.Awareness is { } a && a < cutoff)
            {
                records.Add(new LearningRecord(hash(p.Identity), LearningKind.Awareness, "ai-at-northwind-briefing", a));
            }

            if (p.Training is { } t && t < cutoff)
            {
                records.Add(new LearningRecord(hash(p.Identity), LearningKind.Training, $"{p.Tool}-fundamentals", t));
            }
        }

        return records;
    }

    /// <summary>Every day each seated person used the tool (source <c>copilot</c>): occasional users on about one
    /// working day in five, regular users on about nine in ten once regular.</summary>
    public IReadOnlyList<ActiveDay> ActiveDays()
    {
        var random = new Random(seed + 1);
        var days = new List<ActiveDay>();
        var end = DemoPeopleStory.Month(DemoOrganisation.Months);
        foreach (var p in people)
        {
            if (p.Seat is not { } seat || p.Usage == DemoUsage.Never)
            {
                continue;
            }

            var person = hash(p.Identity);
            var last = Min(Min(end, cutoff), p.Left ?? end);
            // The Copilot usage reports start with the demo year (pilot seats date from 2025-10).
            var first = seat < DemoPeopleStory.Month(0) ? DemoPeopleStory.Month(0) : seat;
            for (var day = first; day < last; day = day.AddDays(1))
            {
                var regular = p.Usage == DemoUsage.Regular && MonthIndex(day) >= p.RegularFrom;
                var rate = (regular ? RegularRate : OccasionalRate) * (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? WeekendFactor : 1.0);
                if (random.NextDouble() < rate)
                {
                    days.Add(new ActiveDay(person, day, "copilot"));
                }
            }
        }

        return days;
    }

    /// <summary>
    /// Daily counts per GitHub team and for the whole organisation (team "") from the legacy metrics API over the
    /// first <see cref="LegacyMonths"/> months, consistent with the per-person days: active = people with a
    /// Copilot day, engaged = about seven in ten of them (used chat or accepted a suggestion).
    /// </summary>
    public IReadOnlyList<TeamDailyActivity> LegacyTeamMetrics(IReadOnlyList<ActiveDay> activeDays)
    {
        var end = Min(DemoPeopleStory.Month(LegacyMonths), cutoff);
        var teamsOf = people.Where(p => p.Tool == DemoPeopleStory.GitHubCopilot).ToDictionary(p => hash(p.Identity), p => p.Teams.Select(t => t.Team).ToList(), StringComparer.Ordinal);
        var metrics = new List<TeamDailyActivity>();
        foreach (var day in activeDays.Where(a => a.Day < end && teamsOf.ContainsKey(a.Person)).GroupBy(a => a.Day).OrderBy(g => g.Key))
        {
            var active = day.Select(a => a.Person).Distinct(StringComparer.Ordinal).ToList();
            metrics.Add(new TeamDailyActivity("", day.Key, active.Count, Engaged(active.Count), "copilot-metrics"));
            foreach (var team in active.SelectMany(p => teamsOf[p]).GroupBy(t => t, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var count = team.Count();
                metrics.Add(new TeamDailyActivity(team.Key, day.Key, count, Engaged(count), "copilot-metrics"));
            }
        }

        return metrics;
    }

    private static int Engaged(int active) => (int)Math.Round(active * 0.7, MidpointRounding.AwayFromZero);

    private DateOnly? Until(DateOnly? left) => left is { } l && l < cutoff ? l : null;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static int MonthIndex(DateOnly day) => ((day.Year - DemoOrganisation.Start.Year) * 12) + day.Month - DemoOrganisation.Start.Month;
}
