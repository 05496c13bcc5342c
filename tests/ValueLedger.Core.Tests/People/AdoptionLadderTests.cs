using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using static ValueLedger.Core.Tests.People.PeopleTestWorld;

namespace ValueLedger.Core.Tests.People;

public sealed class AdoptionLadderTests
{
    private static readonly DateOnly March = new(2026, 3, 1);

    /// <summary>Days active: three in each of the first three 7-day windows of March (regular use at 3 × 3).</summary>
    private static readonly int[] RegularDays = [1, 2, 3, 8, 9, 10, 15, 16, 17];

    private static PeopleTestWorld World() => new()
    {
        Organisation = Core.Organisation.Organisation.Empty with
        {
            BusinessUnits = [Unit("ops"), Unit("sales")],
            Initiatives = [Owned("triage", "ops")],
            Teams = [Team("alpha", "ops"), Team("beta", "ops"), Team("gamma", "sales", "triage")],
        },
    };

    private static IEnumerable<TeamMembership> Members(IEnumerable<string> people, string team) =>
        people.Select(p => new TeamMembership(p, team, new DateOnly(2025, 1, 1), null, "roster"));

    private static IEnumerable<ActiveDay> Active(IEnumerable<string> people, IEnumerable<int> days, string source = "copilot") =>
        people.SelectMany(p => days.Select(d => new ActiveDay(p, March.AddDays(d - 1), source)));

    private static IEnumerable<SeatGrant> Seats(IEnumerable<string> people) => people.Select(p => new SeatGrant(p, "copilot", new DateOnly(2026, 1, 1), null));

    /// <summary>
    /// alpha (ops, no updated workflow): 5 each at none, access, awareness, training, experimentation, regular use.
    /// beta (ops, an updated workflow, no validated outcome): 5 access, 5 regular → workflow integration.
    /// gamma (sales, updated workflow, initiative triage validated in March): 5 none, 5 regular → measured outcome.
    /// </summary>
    private static async Task<PeopleTestWorld> SeededAsync()
    {
        var world = World();
        var none = Persons("a-none", 5);
        var access = Persons("a-access", 5);
        var aware = Persons("a-aware", 5);
        var trained = Persons("a-trained", 5);
        var experimenting = Persons("a-exp", 5);
        var regular = Persons("a-regular", 5);
        var betaAccess = Persons("b-access", 5);
        var betaRegular = Persons("b-regular", 5);
        var gammaNone = Persons("g-none", 5);
        var gammaRegular = Persons("g-regular", 5);
        await world.ImportAsync(new PeopleFacts
        {
            Memberships = [.. Members([.. none, .. access, .. aware, .. trained, .. experimenting, .. regular], "alpha"),
                .. Members([.. betaAccess, .. betaRegular], "beta-slug"), .. Members([.. gammaNone, .. gammaRegular], "gamma"),

                // Left before March: not a member.
                new TeamMembership("p-gone", "alpha", new DateOnly(2025, 1, 1), March, "roster")],
            Seats = [.. Seats([.. access, .. experimenting, .. regular, .. betaAccess, .. betaRegular, .. gammaRegular]),

                // Ended in February: not access in March.
                .. none.Select(p => new SeatGrant(p, "copilot", new DateOnly(2026, 1, 1), March))],
            Learning = [.. aware.Select(p => new LearningRecord(p, LearningKind.Awareness, "intro", new DateOnly(2026, 3, 31))),
                .. trained.Select(p => new LearningRecord(p, LearningKind.Training, "course", new DateOnly(2026, 2, 10))),

                // Completed after March: not counted in March.
                .. none.Select(p => new LearningRecord(p, LearningKind.Training, "course", new DateOnly(2026, 4, 1)))],
            ActiveDays = [

                // Experimentation: 3 days in two windows, 2 in the third, and days 29–31 (outside the four windows).
                .. Active(experimenting, [1, 2, 3, 8, 9, 10, 15, 16, 29, 30, 31]),
                .. Active(regular, RegularDays), .. Active(regular, [1, 2, 3], "telemetry"),
                .. Active(betaRegular, RegularDays), .. Active(gammaRegular, RegularDays.Skip(3).Append(22).Append(23).Append(24)),
            ],
            Workflows = [
                new WorkflowRecord("beta", "claims", WorkflowStatus.Updated, new DateOnly(2026, 2, 1)),
                new WorkflowRecord("gamma", "quotes", WorkflowStatus.Updated, new DateOnly(2026, 3, 31)),

                // alpha was updated, then went back to in-progress before March ended; its later update is April's.
                new WorkflowRecord("alpha", "tickets", WorkflowStatus.Updated, new DateOnly(2026, 1, 5)),
                new WorkflowRecord("alpha", "tickets", WorkflowStatus.InProgress, new DateOnly(2026, 3, 20)),
                new WorkflowRecord("alpha", "tickets", WorkflowStatus.Updated, new DateOnly(2026, 4, 1)),
            ],
        });
        world.Validate("triage", new DateOnly(2026, 2, 20), new DateOnly(2026, 3, 5));
        return world;
    }

    private static int?[] Shown(IReadOnlyList<PeopleCount> cells) => [.. cells.Select(c => c.Shown)];

    [Fact]
    public async Task Adoption_EachRungRule_CountsHighestRungPerTeam()
    {
        var world = await SeededAsync();

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        Assert.Equal(["alpha", "beta", "gamma"], report.Teams.Select(t => t.Team));
        Assert.Equal([5, 5, 5, 5, 5, 5, 0, 0], Shown(report.Teams[0].AtRung));
        Assert.Equal([0, 5, 0, 0, 0, 0, 5, 0], Shown(report.Teams[1].AtRung));
        Assert.Equal([5, 0, 0, 0, 0, 0, 0, 5], Shown(report.Teams[2].AtRung));
        Assert.Equal([30, 10, 10], report.Teams.Select(t => t.Members.Shown));
        Assert.Equal([10, 10, 5, 5, 5, 5, 5, 5], Shown(report.Organisation.AtRung));
        Assert.Equal(50, report.Organisation.Members.Shown);
        Assert.Equal([16.7m, 50m, 50m], report.Teams.Select(t => t.RegularUseShare.Shown));
        Assert.Equal(30m, report.Organisation.RegularUseShare.Shown);
        Assert.Equal(50, report.Organisation.RegularUseShare.People);
    }

    [Fact]
    public async Task Adoption_Funnel_CumulativeWithConversions()
    {
        var world = await SeededAsync();

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        Assert.Equal([40, 30, 25, 20, 15, 10, 5], report.Funnel.Select(s => s.ReachedAtLeast.Shown));
        Assert.Equal([80m, 75m, 83.3m, 80m, 75m, 66.7m, 50m], report.Funnel.Select(s => s.ConversionFromPrevious));
        Assert.Equal(AdoptionRung.Access, report.Funnel[0].Rung);
    }

    [Fact]
    public async Task Adoption_TeamOfFour_RowHiddenAndComplementsHidden()
    {
        var world = await SeededAsync();
        world.Organisation = world.Organisation with { Teams = [.. world.Organisation.Teams, Team("delta", "sales")] };
        var four = Persons("d", 4);
        await world.ImportAsync(new PeopleFacts { Memberships = [.. Members(four, "delta")], Seats = [.. Seats(four)] });

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        var delta = report.Teams.Single(t => t.Team == "delta");
        Assert.Equal(CellState.BelowThreshold, delta.Members.State);
        Assert.All(delta.AtRung, c => Assert.Equal(CellState.BelowThreshold, c.State));
        Assert.Equal(CellState.BelowThreshold, delta.RegularUseShare.State);
        Assert.Equal(0, delta.Members.Count);

        // Access column: org total 14 would give delta's 4 away: another access cell (or the total) is hidden too.
        var accessHidden = report.Teams.Count(t => t.AtRung[(int)AdoptionRung.Access].State == CellState.BelowThreshold)
            + (report.Organisation.AtRung[(int)AdoptionRung.Access].State == CellState.BelowThreshold ? 1 : 0);
        Assert.True(accessHidden >= 2);
        var shownMembers = report.Teams.Where(t => t.Members.Shown is not null).Sum(t => t.Members.Count);
        Assert.False(report.Organisation.Members.Shown is { } total && total - shownMembers is > 0 and < 5);
    }

    [Fact]
    public async Task Adoption_PersonInTwoTeams_CountsOnceInOrganisationAtHighestRung()
    {
        var world = World();
        var shared = Persons("s", 5);
        var onlyAlpha = Persons("a", 5);
        await world.ImportAsync(new PeopleFacts
        {
            Memberships = [.. Members([.. shared, .. onlyAlpha], "alpha"), .. Members(shared, "beta")],
            Seats = [.. Seats([.. shared, .. onlyAlpha])],
            ActiveDays = [.. Active(shared, RegularDays)],
            Workflows = [new WorkflowRecord("beta", "claims", WorkflowStatus.Updated, new DateOnly(2026, 3, 2))],
        });

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        Assert.Equal([0, 5, 0, 0, 0, 5, 0, 0], Shown(report.Teams[0].AtRung));
        Assert.Equal([0, 0, 0, 0, 0, 0, 5, 0], Shown(report.Teams[1].AtRung));
        Assert.Equal([0, 5, 0, 0, 0, 0, 5, 0], Shown(report.Organisation.AtRung));
        Assert.Equal(10, report.Organisation.Members.Shown);
        Assert.Equal(5, report.Quality.InSeveralTeams.Shown);
        Assert.Equal(0, report.Quality.LearningWithoutSeat.Shown);
    }

    [Fact]
    public async Task Adoption_DataQuality_CountsActiveWithoutTeamAndLearningWithoutSeat()
    {
        var world = await SeededAsync();
        var strangers = Persons("x", 6);
        await world.ImportAsync(new PeopleFacts { ActiveDays = [.. Active(strangers, [4])] });

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        Assert.Equal(6, report.Quality.ActiveWithoutTeam.Shown);

        // aware and trained in alpha have no seat: 10.
        Assert.Equal(10, report.Quality.LearningWithoutSeat.Shown);
        Assert.Equal(0, report.Quality.InSeveralTeams.Shown);
    }

    [Fact]
    public async Task Adoption_PerceptionGap_RespondentsOnceAndAggregatesWeighted()
    {
        var world = await SeededAsync();
        var respondents = Persons("r", 4);
        await world.ImportAsync(new PeopleFacts
        {
            SurveyResponses = [.. respondents.Select(r => new SurveyResponse("alpha", SurveyMeasure.PerceivedRegularUse, new DateOnly(2026, 3, 10), 60m, r)),

                // r-1 answered twice: counts once, at the mean of its answers (60 and 80 → 70).
                new SurveyResponse("alpha", SurveyMeasure.PerceivedRegularUse, new DateOnly(2026, 3, 11), 80m, "p-r-1")],
            SurveyAggregates = [new SurveyAggregate("sales", SurveyMeasure.PerceivedRegularUse, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1), 6, 50m)],
        });

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        // (70 + 60 × 3 + 50 × 6) ÷ 10 = 55; measured 30 → gap 25 points.
        Assert.Equal(55m, report.PerceptionGap.Believed.Shown);
        Assert.Equal(10, report.PerceptionGap.Believed.People);
        Assert.Equal(30m, report.PerceptionGap.Measured.Shown);
        Assert.Equal(25m, report.PerceptionGap.GapPoints);
    }

    [Fact]
    public async Task Adoption_FourRespondents_BelievedBelowThresholdAndNoGap()
    {
        var world = await SeededAsync();
        await world.ImportAsync(new PeopleFacts
        {
            SurveyResponses = [.. Persons("r", 4).Select(r => new SurveyResponse("organisation", SurveyMeasure.PerceivedRegularUse, new DateOnly(2026, 3, 10), 90m, r))],
        });

        var report = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);

        Assert.Equal(CellState.BelowThreshold, report.PerceptionGap.Believed.State);
        Assert.Equal(0m, report.PerceptionGap.Believed.Value);
        Assert.Null(report.PerceptionGap.GapPoints);
    }

    [Fact]
    public async Task Adoption_ScopedToOneUnit_OnlyItsTeamsAndNoOrganisationWideCounts()
    {
        var world = await SeededAsync();

        var report = await world.Reports.AdoptionAsync(March, 1, ["sales"], CancellationToken.None);

        Assert.Equal(["gamma"], report.Teams.Select(t => t.Team));
        Assert.Equal("sales", report.Organisation.Team);
        Assert.Equal(10, report.Organisation.Members.Shown);
        Assert.Equal([5, 0, 0, 0, 0, 0, 0, 5], Shown(report.Organisation.AtRung));
        Assert.Equal(50m, report.Organisation.RegularUseShare.Shown);
        Assert.Equal(CellState.NoData, report.Quality.ActiveWithoutTeam.State);
        Assert.Equal(CellState.NoData, report.Quality.LearningWithoutSeat.State);
    }

    [Fact]
    public async Task Adoption_ScopedView_SameCellsAsOrganisationView()
    {
        var world = await SeededAsync();
        world.Organisation = world.Organisation with { Teams = [.. world.Organisation.Teams, Team("delta", "sales")] };
        await world.ImportAsync(new PeopleFacts { Memberships = [.. Members(Persons("d", 4), "delta")] });

        var whole = await world.Reports.AdoptionAsync(March, 1, CancellationToken.None);
        var sales = await world.Reports.AdoptionAsync(March, 1, ["sales"], CancellationToken.None);

        static string Key(AdoptionTeamRow row) => $"{row.Team} {row.Members} {string.Join(",", row.AtRung)} {row.RegularUseShare}";
        Assert.Equal(whole.Teams.Where(t => t.BusinessUnit == "sales").Select(Key), sales.Teams.Select(Key));

        // The scoped total is derived from the shown rows: delta is hidden, so the members total is too.
        Assert.Equal(CellState.BelowThreshold, sales.Organisation.Members.State);
    }

    [Fact]
    public async Task Adoption_Trend_MonthsEndingWithAsked()
    {
        var world = await SeededAsync();

        var report = await world.Reports.AdoptionAsync(March, 3, CancellationToken.None);

        Assert.Equal([new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 1), March], report.Trend.Select(t => t.Month));

        // January and February: the same 50 members (p-gone too: 51), nobody active.
        Assert.Equal([51, 51, 50], report.Trend.Select(t => t.Population.Shown));
        Assert.Equal([0m, 0m, 30m], report.Trend.Select(t => t.RegularUseShare.Shown));
    }
}
