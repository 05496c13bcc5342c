using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Draws the demo's people from the team profiles (<see cref="DemoPeopleStory.Teams"/>) with a seeded random: the
/// same seed and rows give the same people. Teams the organisation does not declare are skipped.
/// </summary>
internal static class DemoPeopleRoster
{
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

            for (var i = 0; i < DemoPeopleStory.SizeOf(profile, rows); i++)
            {
                people.Add(Draw(random, number++, team.BusinessUnit, profile.Team, profile));
            }
        }

        AddSecondTeams(people, teams);
        if (teams.Count > 0)
        {
            // Seats bought centrally for a few engineers nobody mapped to a team: regular users in no team.
            var engineering = DemoPeopleStory.Teams.First(t => t.Team == "eng-web");
            for (var i = 0; i < DemoPeopleStory.UsersWithoutTeam; i++)
            {
                var person = Draw(random, number++, "engineering", null, engineering);
                people.Add(person with { Teams = [], Seat = DemoPeopleStory.Month(1 + (i % 3)).AddDays(2), Usage = DemoUsage.Regular, RegularFrom = 3 + (i % 3) });
            }
        }

        return people;
    }

    private static DemoPerson Draw(Random random, int number, string businessUnit, string? team, DemoTeamProfile profile)
    {
        var start = DemoPeopleStory.Month(0);
        // About one in ten joins during the year, about one in thirty leaves.
        var joined = random.NextDouble() < 0.1 ? DemoPeopleStory.Month(random.Next(1, 10)).AddDays(random.Next(0, 20)) : start;
        DateOnly? left = random.NextDouble() < 0.035 ? DemoPeopleStory.Month(random.Next(6, 12)).AddDays(random.Next(0, 25)) : null;
        var joinedMonth = MonthIndex(joined);

        DateOnly? seat = null, awareness = null, training = null;
        var usage = DemoUsage.Never;
        var regularFrom = int.MaxValue;
        if (random.NextDouble() >= profile.NoSeat)
        {
            var seatMonth = Math.Max(joinedMonth, random.Next(profile.SeatFrom, profile.SeatTo + 1));
            seat = Day(random, seatMonth, joined);
            awareness = random.NextDouble() < 0.92 ? Day(random, Math.Max(joinedMonth, seatMonth - random.Next(0, 2)), joined) : null;
            var trainingMonth = seatMonth + random.Next(0, 4);
            training = random.NextDouble() < profile.Trained && trainingMonth < DemoOrganisation.Months ? Day(random, trainingMonth, joined) : null;
            var draw = random.NextDouble();
            usage = draw < profile.Regular ? DemoUsage.Regular : draw < profile.Regular + profile.Occasional ? DemoUsage.Occasional : DemoUsage.Never;
            regularFrom = usage == DemoUsage.Regular ? seatMonth + 1 + random.Next(0, 4) : int.MaxValue;
        }
        else if (random.NextDouble() < 0.4)
        {
            // Trained without a seat: on the waiting list, or took the course out of interest.
            awareness = Day(random, Math.Max(joinedMonth, random.Next(2, 8)), joined);
            training = Day(random, Math.Max(joinedMonth, random.Next(8, 11)), joined);
        }

        return new DemoPerson(
            DemoPeopleStory.Identity(number), businessUnit, team is null ? [] : [(team, joined)], joined, left, profile.Tool,
            seat, awareness, training, usage, regularFrom);
    }

    private static void AddSecondTeams(List<DemoPerson> people, IReadOnlyList<Team> teams)
    {
        if (teams.All(t => t.Id != DemoPeopleStory.SecondTeamOfTwo))
        {
            return;
        }

        var from = DemoPeopleStory.Month(DemoPeopleStory.SecondTeamFromMonth);
        var picked = people.Select((p, i) => (p, i)).Where(x => x.p.Teams.Count == 1 && x.p.Teams[0].Team == "eng-web" && x.p.Left is null).Take(DemoPeopleStory.InTwoTeams).ToList();
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
