using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;
using static ValueLedger.Core.Tests.People.PeopleTestWorld;

namespace ValueLedger.Core.Tests.People;

public sealed class ConvictionDistanceTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly int[] RegularDays = [1, 2, 3, 8, 9, 10, 15, 16, 17];
    private static readonly DateTime MarchUtc = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// ops: alpha (5 regular users, 5 with a seat only) and beta (5 with a seat); executives 90, managers 70; workflows
    /// 1 of 3 updated; March spend 300 EUR gross on validated triage of 1,000 EUR gross. sales: gamma of 4 people.
    /// </summary>
    private static async Task<PeopleTestWorld> SeededAsync()
    {
        var world = new PeopleTestWorld
        {
            Organisation = Core.Organisation.Organisation.Empty with
            {
                BusinessUnits = [Unit("ops"), Unit("sales")],
                Initiatives = [Owned("triage", "ops")],
                Teams = [Team("alpha", "ops", "triage"), Team("beta", "ops"), Team("gamma", "sales")],
            },
        };
        var regular = Persons("regular", 5);
        var alphaSeat = Persons("alpha", 5);
        var betaSeat = Persons("beta", 5);
        var gamma = Persons("gamma", 4);
        DateOnly[] days = [.. RegularDays.Select(d => March.AddDays(d - 1))];
        await world.ImportAsync(new PeopleFacts
        {
            Memberships = [.. regular.Concat(alphaSeat).Select(p => new TeamMembership(p, "alpha", new DateOnly(2026, 1, 1), null, "roster")),
                .. betaSeat.Select(p => new TeamMembership(p, "beta", new DateOnly(2026, 1, 1), null, "roster")),
                .. gamma.Select(p => new TeamMembership(p, "gamma", new DateOnly(2026, 1, 1), null, "roster"))],
            Seats = [.. regular.Concat(alphaSeat).Concat(betaSeat).Concat(gamma).Select(p => new SeatGrant(p, "copilot", new DateOnly(2026, 1, 1), null))],
            ActiveDays = [.. regular.SelectMany(p => days.Select(d => new ActiveDay(p, d, "copilot")))],
            SurveyResponses = [.. Persons("exec", 5).Select(r => new SurveyResponse("ops", SurveyMeasure.ExecutiveConfidence, new DateOnly(2026, 3, 3), 90m, r)),
                .. Persons("mgr", 5).Select(r => new SurveyResponse("alpha-slug", SurveyMeasure.ManagerReadiness, new DateOnly(2026, 3, 3), 70m, r)),

                // February's answers are not March's.
                .. Persons("old", 5).Select(r => new SurveyResponse("ops", SurveyMeasure.ExecutiveConfidence, new DateOnly(2026, 2, 3), 10m, r))],
            Workflows = [
                new WorkflowRecord("alpha", "claims", WorkflowStatus.Updated, new DateOnly(2026, 2, 1)),
                new WorkflowRecord("alpha", "quotes", WorkflowStatus.InProgress, new DateOnly(2026, 3, 1)),
                new WorkflowRecord("beta", "billing", WorkflowStatus.NotStarted, new DateOnly(2026, 3, 1)),
            ],
        });
        world.Validate("triage", new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        world.Figures.Rows.Add(new InitiativeMonth(MarchUtc, "ops", "triage", "EUR", 280m, 300m, 0, 0, 0));
        world.Figures.Rows.Add(new InitiativeMonth(MarchUtc, "ops", null, "EUR", 700m, 700m, 0, 0, 0));
        world.Figures.Rows.Add(new InitiativeMonth(MarchUtc, "sales", null, "USD", 50m, 50m, 0, 0, 0));
        return world;
    }

    [Fact]
    public async Task Conviction_BusinessUnit_FiveLevelsDistanceAndBreak()
    {
        var world = await SeededAsync();

        var report = await world.Reports.ConvictionAsync(March, 1, CancellationToken.None);

        var ops = report.Units.Single(u => u.OrgUnit == "ops");
        // Workforce use comes from the organisation-wide ladder, where gamma (4 people) hides its row and, through
        // complements, ops' regular-use cells: not shown, so the break is measured from managers (70) to workflows.
        Assert.Equal([90m, 70m, null, 33.3m, 30m], ops.Levels.Select(l => l.Score));
        Assert.Equal([5, 5, null, null, null], ops.Levels.Select(l => l.People));
        Assert.Equal(CellState.BelowThreshold, ops.Levels[2].State);
        Assert.Equal(60m, ops.Distance);
        Assert.Equal(ConvictionLevel.WorkflowIntegration, ops.BreaksAt);
        Assert.Equal(36.7m, ops.LargestStep);
        Assert.Equal("1 of 3 workflows with an updated SOP", ops.Levels[3].Basis);
        Assert.Equal("attribution coverage of 1000.00 EUR gross in-scope spend", ops.Levels[4].Basis);
    }

    [Fact]
    public async Task Conviction_NoSmallTeam_WorkforceUseDerivedFromTeamRows()
    {
        var world = await SeededAsync();
        world.Organisation = world.Organisation with { Teams = [.. world.Organisation.Teams.Where(t => t.Id != "gamma")] };

        var report = await world.Reports.ConvictionAsync(March, 1, CancellationToken.None);

        // alpha 10 (5 regular) + beta 5: 5 of 15.
        var ops = report.Units.Single(u => u.OrgUnit == "ops");
        Assert.Equal(33.3m, ops.Levels[2].Score);
        Assert.Equal(15, ops.Levels[2].People);
        Assert.Equal(ConvictionLevel.WorkforceUse, ops.BreaksAt);
    }

    [Fact]
    public async Task Conviction_SmallUnit_LevelsBelowThresholdOrNoData()
    {
        var world = await SeededAsync();

        var report = await world.Reports.ConvictionAsync(March, 1, CancellationToken.None);

        var sales = report.Units.Single(u => u.OrgUnit == "sales");
        Assert.Equal(
            [CellState.NoData, CellState.NoData, CellState.BelowThreshold, CellState.NoData, CellState.Value],
            sales.Levels.Select(l => l.State));
        Assert.Null(sales.Levels[2].Score);
        Assert.Null(sales.Levels[2].People);
        Assert.Equal(0m, sales.Levels[4].Score);
        Assert.Null(sales.Distance);
        Assert.Null(sales.BreaksAt);
    }

    [Fact]
    public async Task Conviction_Organisation_LastAndOverWholeLedger()
    {
        var world = await SeededAsync();

        var report = await world.Reports.ConvictionAsync(March, 1, CancellationToken.None);

        var organisation = report.Units[^1];
        Assert.Equal(PeopleReports.OrganisationUnit, organisation.OrgUnit);

        // gamma (4 people) hides its whole row, zeros included, so the organisation's zero columns go too (else
        // "0 overall" tells gamma has nobody there), and with them the regular-use column: the share is not shown.
        Assert.Equal(CellState.BelowThreshold, organisation.Levels[2].State);

        // Coverage over the largest currency (EUR) only.
        Assert.Equal(30m, organisation.Levels[4].Score);
        Assert.EndsWith("(the largest of 2 currencies)", organisation.Levels[4].Basis, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conviction_Scoped_OnlyThoseUnitsAndTrendPerMonth()
    {
        var world = await SeededAsync();

        var report = await world.Reports.ConvictionAsync(March, 2, ["ops"], CancellationToken.None);

        Assert.Equal(["ops"], report.Units.Select(u => u.OrgUnit));
        Assert.Equal([new DateOnly(2026, 2, 1), March], report.Trend.Select(t => t.Month));

        // February: executives 10, workforce use 0 (nobody active), workflows 1 of 1 updated → 10 − 100; March 60.
        Assert.Equal([-90m, 60m], report.Trend.Select(t => t.Distance));
    }
}
