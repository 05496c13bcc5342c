using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;
using static ValueLedger.Core.Tests.People.PeopleTestWorld;

namespace ValueLedger.Core.Tests.People;

public sealed class BehaviourOutcomesTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);
    private static readonly DateOnly May = new(2026, 5, 1);
    private static readonly DateOnly June = new(2026, 6, 1);

    private static async Task<PeopleTestWorld> SeededAsync()
    {
        var world = new PeopleTestWorld
        {
            Organisation = Core.Organisation.Organisation.Empty with
            {
                BusinessUnits = [Unit("ops"), Unit("sales")],
                Initiatives = [Owned("triage", "ops"), Owned("quotes", "sales")],
                Teams = [Team("alpha", "ops", "triage"), Team("beta", "ops")],
            },
        };
        await world.ImportAsync(new PeopleFacts
        {
            Reviews = [
                new ReviewRecord("triage", March, April, 6, 1000, 200, 600m, 10, 30),

                // 16 April – 16 May: 15 days in each month, so half of every figure in each.
                new ReviewRecord("triage", new DateOnly(2026, 4, 16), new DateOnly(2026, 5, 16), 7, 800, 400, 400m, 100, 20),
                new ReviewRecord("quotes", March, April, 4, 100, 100, 50m, 1, 1),
            ],
            Capacity = [
                new CapacityRecord("triage", March, April, 5, 100m, 30m, 80m),
                new CapacityRecord("triage", April, May, 4, 50m, 10m, 10m),
                new CapacityRecord("triage", May, June, 8, 60m, 20m, 10m),
            ],
            SurveyResponses = [
                .. Persons("t", 5).Select(r => new SurveyResponse("alpha", SurveyMeasure.Trust, new DateOnly(2026, 3, 4), 80m, r)),
                .. Persons("l", 5).Select(r => new SurveyResponse("ops", SurveyMeasure.Learning, new DateOnly(2026, 3, 4), 60m, r)),
            ],
        });
        world.Validate("triage", March, April);
        world.Figures.Rows.Add(new InitiativeMonth(new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc), "ops", "triage", "EUR", 280m, 300m, 0, 0, 0));
        world.Figures.Rows.Add(new InitiativeMonth(new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc), "ops", "triage", "EUR", 120m, 120m, 0, 0, 0));
        return world;
    }

    [Fact]
    public async Task Behaviour_Rates_ByMonthWithSpreadRecordsAndReliance()
    {
        var world = await SeededAsync();

        var report = await world.Reports.BehaviourAsync(March, June, "triage", CancellationToken.None);

        var triage = Assert.Single(report.Initiatives);
        Assert.Equal([March, April, May], triage.Months.Select(m => m.Month));
        Assert.Equal([5m, 25m, 25m], triage.Months.Select(m => m.OverrideRate.Shown));
        Assert.Equal([15m, 5m, 5m], triage.Months.Select(m => m.ErrorRate.Shown));
        Assert.Equal([RelianceSignal.OverReliance, RelianceSignal.UnderReliance, RelianceSignal.UnderReliance], triage.Months.Select(m => m.Reliance));
        Assert.Equal([3m, 1m, 1m], triage.Months.Select(m => m.ReviewMinutesPerOutput.Shown));
        Assert.Equal([6, 7, 7], triage.Months.Select(m => m.OverrideRate.People));
        Assert.Equal(TrendDirection.Falling, triage.ReviewBurden);
    }

    [Fact]
    public async Task Behaviour_FourReviewers_BelowThreshold()
    {
        var world = await SeededAsync();

        var report = await world.Reports.BehaviourAsync(March, April, null, CancellationToken.None);

        var quotes = report.Initiatives.Single(i => i.Initiative == "quotes");
        Assert.Equal(CellState.BelowThreshold, quotes.Months[0].OverrideRate.State);
        Assert.Equal(0m, quotes.Months[0].OverrideRate.Value);
        Assert.Equal(RelianceSignal.BelowThreshold, quotes.Months[0].Reliance);
        Assert.Equal(TrendDirection.NotEnoughData, quotes.ReviewBurden);
    }

    [Fact]
    public async Task Behaviour_TrustFromTeamsLearningFromOwnerUnit()
    {
        var world = await SeededAsync();

        var report = await world.Reports.BehaviourAsync(March, April, "triage", CancellationToken.None);

        Assert.Equal(80m, report.Initiatives[0].Months[0].Trust.Shown);
        Assert.Equal(60m, report.Initiatives[0].Months[0].Learning.Shown);
    }

    [Fact]
    public async Task Behaviour_Capacity_SmallMonthHiddenNotCapturedNeverNegativeTotalsOverShown()
    {
        var world = await SeededAsync();

        var report = await world.Reports.BehaviourAsync(March, June, "triage", CancellationToken.None);

        var capacity = report.Initiatives[0].Capacity;
        Assert.Equal([CellState.Value, CellState.BelowThreshold, CellState.Value], capacity.Select(c => c.State));
        Assert.Equal(0m, capacity[0].HoursNotCaptured);
        Assert.Null(capacity[1].HoursSaved);
        Assert.Null(capacity[1].People);
        Assert.Equal(30m, capacity[2].HoursNotCaptured);
        var total = report.Initiatives[0].CapacityTotal;
        Assert.Equal(160m, total.HoursSaved);
        Assert.Equal(50m, total.HoursRedeployed);
        Assert.Equal(90m, total.HoursCostReduced);
        Assert.Equal(30m, total.HoursNotCaptured);
        Assert.Equal(8, total.People);
    }

    [Fact]
    public async Task Behaviour_Money_ValidatedValueAndAllocatedCostOfTheRange()
    {
        var world = await SeededAsync();

        var report = await world.Reports.BehaviourAsync(March, June, "triage", CancellationToken.None);

        Assert.Equal(1000m, report.Initiatives[0].ValidatedValue);
        Assert.Equal(400m, report.Initiatives[0].AllocatedCost);
        Assert.Equal("EUR", report.Initiatives[0].Currency);
    }

    [Fact]
    public async Task Behaviour_ScopedToUnit_OnlyItsInitiatives()
    {
        var world = await SeededAsync();

        var report = await world.Reports.BehaviourAsync(March, June, null, ["sales"], CancellationToken.None);

        Assert.Equal(["quotes"], report.Initiatives.Select(i => i.Initiative));
    }
}
