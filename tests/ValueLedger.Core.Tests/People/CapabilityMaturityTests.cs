using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Value;
using static ValueLedger.Core.Tests.People.PeopleTestWorld;

namespace ValueLedger.Core.Tests.People;

public sealed class CapabilityMaturityTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateTime MarchUtc = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTimeOffset February10 = new(2026, 2, 10, 0, 0, 0, TimeSpan.Zero);

    private static JCurveDeclaration Curve(string initiative, bool signed) =>
        new(initiative, 1, new DateOnly(2026, 1, 1), 100m, 2, 50m, 6, 200m, 0.2m, "EUR", "owner", February10, signed ? "finance" : null, signed ? February10 : null);

    private static async Task<PeopleTestWorld> SeededAsync()
    {
        var world = new PeopleTestWorld
        {
            Organisation = Core.Organisation.Organisation.Empty with
            {
                BusinessUnits = [Unit("ops"), Unit("sales")],
                Initiatives = [Owned("triage", "ops"), Owned("quotes", "sales", InitiativeStage.Pilot), Owned("idea", "sales", InitiativeStage.Idea)],
                Teams = [Team("alpha", "ops", "triage")],
            },
        };
        world.Figures.Rows.Add(new InitiativeMonth(MarchUtc, "ops", "triage", "EUR", 600m, 600m, 0, 0, 0));
        world.Figures.Rows.Add(new InitiativeMonth(MarchUtc, "ops", null, "EUR", 250m, 250m, 0, 0, 0));
        world.Figures.Rows.Add(new InitiativeMonth(MarchUtc, null, null, "EUR", 150m, 150m, 0, 0, 0));
        world.Validate("triage", March, March.AddMonths(1));
        await world.ImportAsync(new PeopleFacts
        {
            Workflows = [new WorkflowRecord("alpha", "claims", WorkflowStatus.Updated, March), new WorkflowRecord("alpha", "quotes", WorkflowStatus.InProgress, March)],
        });
        world.Initiatives.Transitions.Add(new StageTransition("quotes", InitiativeStage.Pilot, InitiativeStage.Production, "admin", February10, null));
        foreach (var control in Enum.GetValues<ReadinessControl>())
        {
            world.Initiatives.Readiness.Add(new ReadinessEntry("triage", control, ReadinessState.Evidenced, "https://evidence", null, "owner", February10));
            world.Initiatives.Readiness.Add(new ReadinessEntry(
                "quotes", control, control == ReadinessControl.HumanAuthority ? ReadinessState.InProgress : ReadinessState.Waived, null, "why", "admin", February10));
        }

        world.Initiatives.JCurves.Add(Curve("triage", signed: true));
        world.Initiatives.JCurves.Add(Curve("quotes", signed: false));
        await world.Showback.RecordAcknowledgementAsync(new BuAcknowledgement("ops", "ops-owner", February10, null), CancellationToken.None);
        return world;
    }

    [Fact]
    public async Task Maturity_EachCapability_LevelAndEvidenceFromFigures()
    {
        var world = await SeededAsync();

        var report = await world.Reports.MaturityAsync(March, CancellationToken.None);

        Assert.Equal(
            ["cost-allocation", "attribution", "adoption", "workflow-integration", "production-readiness", "showback-chargeback", "value-discipline"],
            report.Capabilities.Select(c => c.Capability));
        Assert.Equal(
            [MaturityLevel.Crawl, MaturityLevel.Walk, MaturityLevel.NotStarted, MaturityLevel.Walk, MaturityLevel.Crawl, MaturityLevel.Run, MaturityLevel.Crawl],
            report.Capabilities.Select(c => c.Level));
        Assert.Equal("60 % of 1000.00 EUR gross in-scope spend allocated to an initiative", report.Capabilities[0].Evidence);
        Assert.Equal("walk: allocation coverage at 80 % or more", report.Capabilities[0].NextStep);
        Assert.Equal("share at regular use or above: no data", report.Capabilities[2].Evidence);
        Assert.Equal("1 of 2 production initiatives with all five controls evidenced or waived", report.Capabilities[4].Evidence);
        Assert.Equal("1 of 1 business units with spend acknowledged it", report.Capabilities[5].Evidence);
        Assert.Null(report.Capabilities[5].NextStep);
        Assert.Equal("1 of 2 pilot and production initiatives with a signed J-curve; 0 retired in the last 12 months", report.Capabilities[6].Evidence);
    }

    [Fact]
    public async Task Maturity_ValueDiscipline_RunNeedsARetirement()
    {
        var world = await SeededAsync();
        world.Initiatives.JCurves.Add(Curve("quotes", signed: true));

        var walk = await world.Reports.MaturityAsync(March, CancellationToken.None);
        world.Initiatives.Transitions.Add(new StageTransition("idea", InitiativeStage.Idea, InitiativeStage.Retired, "admin", February10, "laggard"));
        var run = await world.Reports.MaturityAsync(March, CancellationToken.None);

        Assert.Equal(MaturityLevel.Walk, walk.Capabilities[6].Level);
        Assert.Equal("run: retire a laggard (none retired in the last 12 months)", walk.Capabilities[6].NextStep);
        Assert.Equal(MaturityLevel.Run, run.Capabilities[6].Level);
    }

    [Theory]
    [InlineData(null, MaturityLevel.NotStarted)]
    [InlineData(49.9, MaturityLevel.NotStarted)]
    [InlineData(50.0, MaturityLevel.Crawl)]
    [InlineData(80.0, MaturityLevel.Walk)]
    [InlineData(90.0, MaturityLevel.Walk)]
    [InlineData(90.1, MaturityLevel.Run)]
    public void CostAllocationAnchor_FinOpsThresholds(double? percent, MaturityLevel level)
    {
        Assert.Equal(level, MaturityAnchors.CostAllocation.Level(percent is null ? null : (decimal)percent.Value));
    }
}
