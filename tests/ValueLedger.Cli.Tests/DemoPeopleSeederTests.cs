using System.Text.RegularExpressions;
using ValueLedger.Cli.Demo;
using ValueLedger.Core.People;

namespace ValueLedger.Cli.Tests;

/// <summary>The demo's people facts: team sizes, edge cases, privacy of what is stored, determinism and the clock cut-off.</summary>
public sealed partial class DemoPeopleSeederTests
{
    [Theory]
    [InlineData(200_000)]
    [InlineData(3_000)]
    public async Task DemoPeople_Teams_SizedTenToFortyWithLegalOpsOfFour(long rows)
    {
        var world = await DemoPeopleWorld.SeedAsync(rows);
        var facts = await world.AllFactsAsync();
        var sizes = facts.Memberships.GroupBy(m => m.Team).ToDictionary(g => g.Key, g => g.Select(m => m.Person).Distinct().Count());

        Assert.Equal(16, world.Org.Teams.Count);
        Assert.Equal(world.Org.Teams.Select(t => t.Id).Order(), sizes.Keys.Order());
        Assert.Equal(4, sizes["legal-ops"]);
        Assert.All(sizes.Where(s => s.Key != "legal-ops"), s => Assert.InRange(s.Value, 10, 47)); // support-emea: 36 and 11 of the fixed groups
        Assert.Equal(5, world.Org.People.MinGroupSize);
        Assert.Equal(10, world.Summary.Imports);
        Assert.Equal(facts.Count, world.Summary.Facts);
    }

    [Fact]
    public async Task DemoPeople_EdgeCases_TwoTeamsNoTeamAndTrainedWithoutSeat()
    {
        var facts = await (await DemoPeopleWorld.SeedAsync()).AllFactsAsync();
        var members = facts.Memberships.Select(m => m.Person).ToHashSet();
        var seated = facts.Seats.Select(s => s.Person).ToHashSet();

        Assert.Equal(DemoPeopleStory.InTwoTeams, facts.Memberships.GroupBy(m => m.Person).Count(g => g.Select(m => m.Team).Distinct().Count() == 2));
        Assert.Equal(DemoPeopleStory.UsersWithoutTeam, facts.ActiveDays.Select(a => a.Person).Distinct().Count(p => !members.Contains(p)));
        Assert.Equal(DemoPeopleStory.TrainedWithoutSeat, facts.Learning.Where(l => l.Kind == LearningKind.Training).Select(l => l.Person).Distinct().Count(p => !seated.Contains(p)));
        Assert.Contains(facts.Memberships, m => m.To is not null); // a few leave during the year
    }

    [Fact]
    public async Task DemoPeople_StoredFacts_OnlyKeyedHashesNeverRawIdentities()
    {
        var facts = await (await DemoPeopleWorld.SeedAsync(3_000)).AllFactsAsync();
        var persons = facts.Memberships.Select(m => m.Person)
            .Concat(facts.Seats.Select(s => s.Person)).Concat(facts.Learning.Select(l => l.Person))
            .Concat(facts.ActiveDays.Select(a => a.Person)).Concat(facts.SurveyResponses.Select(r => r.Respondent)).ToList();

        Assert.NotEmpty(persons);
        Assert.All(persons, p => Assert.Matches(HexHash(), p));
        Assert.Contains(DemoPeopleWorld.Hasher.Hash("user1000@northwind.example"), persons);
        Assert.DoesNotContain(persons, p => p.Contains('@', StringComparison.Ordinal));
    }

    [Fact]
    public async Task DemoPeople_SameSeed_SameFactsOtherSeedOthers()
    {
        var a = await (await DemoPeopleWorld.SeedAsync(3_000, seed: 7)).AllFactsAsync();
        var b = await (await DemoPeopleWorld.SeedAsync(3_000, seed: 7)).AllFactsAsync();
        var c = await (await DemoPeopleWorld.SeedAsync(3_000, seed: 8)).AllFactsAsync();

        Assert.Equal(a.ActiveDays.OrderBy(d => d.Person).ThenBy(d => d.Day), b.ActiveDays.OrderBy(d => d.Person).ThenBy(d => d.Day));
        Assert.Equal(a.SurveyResponses.OrderBy(r => r.Respondent).ThenBy(r => r.Day).ThenBy(r => r.Measure).ThenBy(r => r.OrgUnit),
            b.SurveyResponses.OrderBy(r => r.Respondent).ThenBy(r => r.Day).ThenBy(r => r.Measure).ThenBy(r => r.OrgUnit));
        Assert.NotEqual(a.ActiveDays.Count, c.ActiveDays.Count);
    }

    [Fact]
    public async Task DemoPeople_ClockMidYear_NothingFromTodayOn()
    {
        var now = new DateTimeOffset(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var today = new DateOnly(2026, 6, 15);
        var world = await DemoPeopleWorld.SeedAsync(3_000, now: now);
        var facts = await world.AllFactsAsync();

        Assert.Equal(new DateOnly(2026, 6, 14), facts.ActiveDays.Max(a => a.Day));
        Assert.All(facts.Seats, s => Assert.True(s.From < today));
        Assert.All(facts.Workflows, w => Assert.True(w.AsOf < today));
        Assert.Equal(new DateOnly(2026, 6, 1), facts.Capacity.Max(c => c.PeriodEnd)); // May's records; June has not ended
        Assert.All(facts.SurveyResponses, r => Assert.True(r.Day < today));
        Assert.DoesNotContain(await world.People.ListRoleChangesAsync(CancellationToken.None), r => r.UpdatedAt > now);
    }

    [Fact]
    public async Task DemoPeople_SecondRun_WritesNothing()
    {
        var world = await DemoPeopleWorld.SeedAsync(3_000);
        var again = await DemoPeopleSeeder.SeedAsync(world.People, world.Org, DemoPeopleWorld.Hasher, new DemoValueFixedTime(DemoPeopleWorld.AfterTheYear), 3_000, 42, CancellationToken.None);

        Assert.Equal(new DemoPeopleSummary(0, 0, 0, 0), again);
        Assert.Equal(10, (await world.People.ListPeopleImportsAsync(CancellationToken.None)).Count);
    }

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex HexHash();
}
