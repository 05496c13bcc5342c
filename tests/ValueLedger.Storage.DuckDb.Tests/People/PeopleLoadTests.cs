using ValueLedger.Core.People;
using ValueLedger.Storage.DuckDb.Tests.Contract;
using static ValueLedger.Storage.DuckDb.Tests.People.PeopleStoreTests;

namespace ValueLedger.Storage.DuckDb.Tests.People;

public sealed class PeopleLoadTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task LoadPeopleFacts_HalfOpenPeriod_KeepsWhatOverlapsOrFallsWithin()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var feb = March.AddMonths(-1);
        await store.ImportPeopleAsync(File("all.csv", "all"), new PeopleFacts
        {
            Memberships = [new("in", "payments", feb, null, "roster"), new("ended", "payments", feb, March, "roster"), new("later", "payments", April, null, "roster")],
            Seats = [new("in", "copilot", March.AddDays(30), April.AddDays(5)), new("out", "copilot", April, null)],
            Learning = [new("in", LearningKind.Training, "prompting", March.AddDays(30)), new("out", LearningKind.Awareness, "intro", April)],
            ActiveDays = [new("in", March, "copilot"), new("out", April, "copilot")],
            TeamActivity = [new("payments", March.AddDays(2), 7, 5, "copilot-metrics"), new("payments", feb, 9, 9, "copilot-metrics")],
            Workflows = [new("payments", "code-review", WorkflowStatus.Updated, feb), new("payments", "release", WorkflowStatus.InProgress, April)],
            SurveyResponses = [new("payments", SurveyMeasure.Trust, March.AddDays(4), 66.5m, "r1"), new("payments", SurveyMeasure.Trust, April, 10m, "r1")],
            SurveyAggregates = [new("organisation", SurveyMeasure.ManagerReadiness, feb, March.AddDays(1), 40, 55.25m), new("organisation", SurveyMeasure.Trust, feb, March, 40, 1m)],
        }, CancellationToken.None);

        var facts = await store.LoadPeopleFactsAsync(March, April, CancellationToken.None);

        Assert.Equal(["in"], facts.Memberships.Select(m => m.Person));
        Assert.Equal(new SeatGrant("in", "copilot", March.AddDays(30), April.AddDays(5)), Assert.Single(facts.Seats));
        Assert.Equal(new LearningRecord("in", LearningKind.Training, "prompting", March.AddDays(30)), Assert.Single(facts.Learning));
        Assert.Equal(new ActiveDay("in", March, "copilot"), Assert.Single(facts.ActiveDays));
        Assert.Equal(new TeamDailyActivity("payments", March.AddDays(2), 7, 5, "copilot-metrics"), Assert.Single(facts.TeamActivity));
        Assert.Equal(WorkflowStatus.Updated, Assert.Single(facts.Workflows).Status);
        Assert.Equal(66.5m, Assert.Single(facts.SurveyResponses).Score);
        Assert.Equal(55.25m, Assert.Single(facts.SurveyAggregates).MeanScore);
    }

    [Fact]
    public async Task LoadPeopleFacts_UsageRecordsWithEndUser_AddTelemetryActiveDaysOncePerDay()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var sept = SpendRecordBuilder.September;
        await EndUserRecords.ImportAsync(store, "otlp.json", [
            EndUserRecords.Usage(sept.AddHours(9), "u1"),
            EndUserRecords.Usage(sept.AddHours(23), "u1"),
            EndUserRecords.Usage(sept.AddDays(1), "u1"),
            EndUserRecords.Usage(sept.AddDays(1), "u2"),
            EndUserRecords.Usage(sept.AddDays(1), null),
            EndUserRecords.Usage(sept.AddDays(30), "u3"),
        ]);
        var first = DateOnly.FromDateTime(sept);
        await store.ImportPeopleAsync(File("tel.csv", "tel"), new PeopleFacts { ActiveDays = [new("u1", first, "telemetry"), new("u1", first, "copilot")] }, CancellationToken.None);

        var facts = await store.LoadPeopleFactsAsync(first, first.AddMonths(1), CancellationToken.None);

        Assert.Equal(
            [new("u1", first, "copilot"), new("u1", first, "telemetry"), new("u1", first.AddDays(1), "telemetry"), new("u2", first.AddDays(1), "telemetry")],
            facts.ActiveDays);
        Assert.Equal((first, first.AddDays(30)), await store.QueryPeopleSpanAsync(CancellationToken.None));
    }

    [Fact]
    public async Task QueryPeopleSpan_EmptyThenPeriods_NullThenLastDayOfPeriod()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        Assert.Null(await store.QueryPeopleSpanAsync(CancellationToken.None));

        await store.ImportPeopleAsync(File("c.csv", "c"), new PeopleFacts
        {
            Capacity = [new("claims", March, April, 5, 10m, 1m, 1m)],
            Learning = [new("p1", LearningKind.Awareness, "intro", March.AddDays(-3))],
        }, CancellationToken.None);

        Assert.Equal((March.AddDays(-3), April.AddDays(-1)), await store.QueryPeopleSpanAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportPeople_ManyActiveDays_WrittenInBulkAndDedupedAgainstTheLedger()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        // 2,000 people × 100 days = 200,000 rows; the second file repeats half of them.
        var days = Enumerable.Range(0, 2_000).SelectMany(p => Enumerable.Range(0, 100).Select(d => new ActiveDay($"p{p}", March.AddDays(d), "copilot"))).ToList();

        var first = await store.ImportPeopleAsync(File("d1.ndjson", "d1"), new PeopleFacts { ActiveDays = days }, CancellationToken.None);
        var second = await store.ImportPeopleAsync(File("d2.ndjson", "d2"), new PeopleFacts { ActiveDays = days.Where(d => d.Day.Day % 2 == 0).Concat(days.Select(d => d with { Source = "other" }).Take(10)).ToList() }, CancellationToken.None);

        Assert.Equal((200_000, 0), (first.Added, first.Duplicates));
        Assert.Equal(10, second.Added);
        Assert.Equal(200_010, (await store.LoadPeopleFactsAsync(March, March.AddDays(100), CancellationToken.None)).ActiveDays.Count);
    }
}
