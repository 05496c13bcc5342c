using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Draws the demo's people from the team profiles (<see cref="DemoPeopleStory.Teams"/>) with a seeded random: the
/// same seed and rows give the same people. Teams the organisation does not declare are skipped.
/// <para>
/// Shaped so the ladder has something to show under k = 5 suppression: within a team, the people who never use the
/// tool and the regular users are each none or at least <see cref="MinGroup"/>, and regular users turn regular in
/// cohorts of at least <see cref="MinGroup"/> (a team's regular users share one rung, so that rung is never a group
/// of one to four). Every seated person but the engineers who never use it has had the awareness briefing; regular
/// users are trained.
/// </para>
/// </summary>
internal static class DemoPeopleRoster
{
    /// <summary>The smallest group the story puts in one rung of a team (the default threshold).</summary>
    public const int MinGroup = PeopleSettings.FloorGroupSize;

    /// <summary>The month (2026-08) by which the last cohort of a team that started early turns regular.</summary>
    private const int LastCohortMonth = 9;

    public static IReadOnlyList<DemoPerson> Build(IReadOnlyList<Team> teams, long rows, int seed)
    {
        var random = new Random(seed);
        var people = new List<DemoPerson>();
        var number = DemoPeopleStory.FirstPerson;
        foreach (var profile in DemoPeopleStory.Teams)
        {
            if (teams.FirstOrDefault(t => t.Id == profile.Team) is not { } team)
            {
                continue;
            }

            var members = Enumerable.Range(0, DemoPeopleStory.SizeOf(profile, rows)).Select(_ => Draw(random, number++, team.BusinessUnit, profile)).ToList();
            people.AddRange(AssignUsage(random, members, profile));
            foreach (var (_, count, group) in DemoPeopleStory.FixedGroups.Where(g => g.Team == profile.Team))
            {
                for (var i = 0; i < count; i++)
                {
                    people.Add(OnOneRung(number++, team.BusinessUnit, profile, group));
                }
            }
        }

        AddSecondTeams(people, teams);
        if (teams.Count > 0)
        {
            // Seats bought centrally for a few engineers nobody mapped to a team: regular users in no team.
            var engineering = DemoPeopleStory.Teams.First(t => t.Team == "eng-web");
            for (var i = 0; i < DemoPeopleStory.UsersWithoutTeam; i++)
            {
                var person = Draw(random, number++, "engineering", engineering);
                people.Add(person with { Teams = [], Left = null, Seat = DemoPeopleStory.Month(1 + (i % 3)).AddDays(2), Usage = DemoUsage.Regular, RegularFrom = 4 });
            }
        }

        return people;
    }

    /// <summary>A member with a join day, maybe a leaving day, a seat in the team's roll-out window and the briefing.</summary>
    private static DemoPerson Draw(Random random, int number, string businessUnit, DemoTeamProfile profile)
    {
        // About one in ten joins during the year (the others were there by 2025-08), about one in thirty leaves.
        var joined = random.NextDouble() < 0.1 ? DemoPeopleStory.Month(random.Next(1, 9)).AddDays(random.Next(0, 20)) : DemoPeopleStory.Month(-3);
        DateOnly? left = random.NextDouble() < 0.035 ? DemoPeopleStory.Month(random.Next(6, 12)).AddDays(random.Next(1, 25)) : null;
        var seatMonth = Math.Max(MonthIndex(joined), random.Next(profile.SeatFrom, profile.SeatTo + 1));
        var seat = Day(random, seatMonth, joined);
        var awareness = Day(random, Math.Max(MonthIndex(joined), seatMonth - random.Next(0, 2)), joined);
        var trainingMonth = seatMonth + random.Next(0, 3);
        DateOnly? training = random.NextDouble() < profile.Trained && trainingMonth < DemoOrganisation.Months ? Day(random, trainingMonth, joined) : null;
        return new DemoPerson(
            DemoPeopleStory.Identity(number), businessUnit, [(profile.Team, joined)], joined, left, profile.Tool,
            seat, awareness, training, DemoUsage.Occasional, int.MaxValue);
    }

    /// <summary>
    /// Regular users (the profile's share of those who stay, none or at least five, trained, turning regular in
    /// cohorts of five or more, spread from two months after the team's first seats to 2026-08, never before a month after their seat), people who never use it (none or at least five,
    /// untrained), the rest occasional.
    /// </summary>
    private static List<DemoPerson> AssignUsage(Random random, List<DemoPerson> members, DemoTeamProfile profile)
    {
        var stayers = members.Where(p => p.Left is null).OrderBy(_ => random.Next()).ToList();
        var regular = AtLeastMinGroup((int)Math.Round(profile.Regular * members.Count), stayers.Count);
        var never = AtLeastMinGroup((int)Math.Round((1 - profile.Regular - profile.Occasional) * members.Count), stayers.Count - regular - MinGroup);
        var regulars = stayers.Take(regular).OrderBy(p => p.Seat).ToList();
        var cohorts = Math.Max(1, regulars.Count / MinGroup);
        // The first cohort turns regular two months after the first seats, the last by 2026-08 at the latest.
        var first = profile.SeatFrom + 2;
        var step = cohorts > 1 ? Math.Max(1, (LastCohortMonth - first) / (cohorts - 1)) : 0;
        for (var c = 0; c < cohorts; c++)
        {
            var cohort = regulars.Skip(c * MinGroup).Take(c == cohorts - 1 ? int.MaxValue : MinGroup).ToList();
            var latestSeat = cohort.Count == 0 ? 0 : cohort.Max(p => MonthIndex(p.Seat!.Value));
            var from = Math.Max(latestSeat + 1, Math.Min(first + (c * step), LastCohortMonth));
            foreach (var p in cohort)
            {
                members[members.IndexOf(p)] = p with
                {
                    Usage = DemoUsage.Regular,
                    RegularFrom = from,
                    Training = p.Training ?? (p.Seat!.Value < p.Awareness!.Value ? p.Awareness : p.Seat),
                };
            }
        }

        // Engineers who never use their Copilot seat never took the briefing either (the ladder's access rung); the
        // others who never use it were briefed but not trained.
        var briefed = profile.Tool != DemoPeopleStory.GitHubCopilot;
        foreach (var p in stayers.Skip(regular).Take(never))
        {
            members[members.IndexOf(p)] = p with { Usage = DemoUsage.Never, Awareness = briefed ? p.Awareness : null, Training = null };
        }

        return members;
    }

    /// <summary>A person of a fixed group (there since 2025-08; pilot seats and learning date from 2025-09/10).</summary>
    private static DemoPerson OnOneRung(int number, string businessUnit, DemoTeamProfile profile, DemoFixedGroup group)
    {
        var joined = DemoPeopleStory.Month(-3);
        var seat = group is DemoFixedGroup.SeatNeverOpened or DemoFixedGroup.BriefedNeverUsed ? DemoPeopleStory.Month(-1) : (DateOnly?)null;
        var awareness = group is DemoFixedGroup.BriefedNeverUsed or DemoFixedGroup.TrainedWithoutSeat ? DemoPeopleStory.Month(-2).AddDays(3) : (DateOnly?)null;
        var training = group == DemoFixedGroup.TrainedWithoutSeat ? DemoPeopleStory.Month(-1).AddDays(8) : (DateOnly?)null;
        return new DemoPerson(
            DemoPeopleStory.Identity(number), businessUnit, [(profile.Team, joined)], joined, null, profile.Tool,
            seat, awareness, training, DemoUsage.Never, int.MaxValue);
    }

    private static int AtLeastMinGroup(int wanted, int available) =>
        wanted < MinGroup ? (wanted * 2 >= MinGroup && available >= MinGroup ? MinGroup : 0) : Math.Min(wanted, Math.Max(0, available));

    private static void AddSecondTeams(List<DemoPerson> people, IReadOnlyList<Team> teams)
    {
        if (teams.All(t => t.Id != DemoPeopleStory.SecondTeamOfTwo))
        {
            return;
        }

        // Regular users of eng-web, so that they sit in the same rung as platform-tools' own regular users.
        var from = DemoPeopleStory.Month(DemoPeopleStory.SecondTeamFromMonth);
        var picked = people.Select((p, i) => (p, i))
            .Where(x => x.p.Teams is [("eng-web", _)] && x.p.Usage == DemoUsage.Regular && x.p.RegularFrom <= DemoPeopleStory.SecondTeamFromMonth)
            .Take(DemoPeopleStory.InTwoTeams).ToList();
        foreach (var (person, index) in picked)
        {
            people[index] = person with { Teams = [.. person.Teams, (DemoPeopleStory.SecondTeamOfTwo, from)] };
        }
    }

    /// <summary>A day in demo month <paramref name="month"/> (days 1–25), never before <paramref name="notBefore"/>.</summary>
    private static DateOnly Day(Random random, int month, DateOnly notBefore)
    {
        var day = DemoPeopleStory.Month(month).AddDays(random.Next(0, 25));
        return day < notBefore ? notBefore : day;
    }

    private static int MonthIndex(DateOnly day) => ((day.Year - DemoOrganisation.Start.Year) * 12) + day.Month - DemoOrganisation.Start.Month;
}
