using ValueLedger.Core.People;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Tests.People;

public sealed class PeopleStoreTests : IDisposable
{
    internal static readonly DateTimeOffset At = new(2026, 3, 1, 9, 30, 0, TimeSpan.Zero);
    internal static readonly DateOnly March = new(2026, 3, 1);
    internal static readonly DateOnly April = new(2026, 4, 1);
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    internal static PeopleImport File(string name, string sha) => new(name, "seats-csv", sha, "analyst", At);

    [Fact]
    public async Task ImportPeople_OverlappingFiles_AddsEachFactOnce()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var first = new PeopleFacts
        {
            Seats = [new("p1", "copilot", March, null), new("p2", "copilot", March, null)],
            ActiveDays = [new("p1", March, "copilot"), new("p1", March, "copilot"), new("p2", March.AddDays(1), "copilot")],
        };
        var second = new PeopleFacts
        {
            Seats = [new("p2", "copilot", March, April), new("p3", "copilot", March.AddDays(3), null)],
            ActiveDays = [new("p2", March.AddDays(1), "copilot"), new("p2", March.AddDays(2), "copilot")],
        };

        var a = await store.ImportPeopleAsync(File("a.csv", "sha-a"), first, CancellationToken.None);
        var b = await store.ImportPeopleAsync(File("b.csv", "sha-b"), second, CancellationToken.None);

        Assert.Equal(new PeopleImportResult(1, 4, 1, false), a);
        Assert.Equal(new PeopleImportResult(2, 2, 2, false), b);
        var facts = await store.LoadPeopleFactsAsync(March, April, CancellationToken.None);
        Assert.Equal(["p1", "p2", "p3"], facts.Seats.Select(s => s.Person));
        Assert.Null(facts.Seats.Single(s => s.Person == "p2").To); // the first stays: insert-if-absent by (person, tool, from)
        Assert.Equal(3, facts.ActiveDays.Count);
    }

    [Fact]
    public async Task ImportPeople_SameFileTwice_SecondWritesNothing()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var facts = new PeopleFacts { Seats = [new("p1", "copilot", March, null)] };
        await store.ImportPeopleAsync(File("a.csv", "same"), facts, CancellationToken.None);
        var generation = store.FiguresGeneration;

        var again = await store.ImportPeopleAsync(File("renamed.csv", "same"), new PeopleFacts { Seats = [new("p9", "copilot", March, null)] }, CancellationToken.None);

        Assert.Equal(new PeopleImportResult(1, 0, 0, AlreadyImported: true), again);
        Assert.Equal(generation, store.FiguresGeneration);
        Assert.Single((await store.LoadPeopleFactsAsync(March, April, CancellationToken.None)).Seats);
        Assert.Single(await store.ListPeopleImportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportPeople_BatchFailsHalfWay_LeavesNothingBehind()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var facts = new PeopleFacts
        {
            Memberships = [new("p1", "payments", March, null, "roster")],
            Seats = [new("p1", "copilot", March, null)],
            // Written after the memberships and seats; the ledger's CHECK refuses a kind that is not awareness/training.
            Learning = [new("p1", (LearningKind)42, "intro", March)],
        };

        await Assert.ThrowsAnyAsync<Exception>(() => store.ImportPeopleAsync(File("bad.csv", "sha-bad"), facts, CancellationToken.None));

        var loaded = await store.LoadPeopleFactsAsync(March, April, CancellationToken.None);
        Assert.Equal(0, loaded.Count);
        Assert.Empty(await store.ListPeopleImportsAsync(CancellationToken.None));
        Assert.DoesNotContain(await store.QueryAuditAsync(null, null, null, 10, CancellationToken.None), e => e.Action == AuditActions.PeopleImport);
        var retry = await store.ImportPeopleAsync(File("bad.csv", "sha-bad"), facts with { Learning = [] }, CancellationToken.None);
        Assert.Equal(2, retry.Added);
    }

    [Fact]
    public async Task ImportPeople_ReviewForSameKey_ReplacesAndIdenticalCountsAsDuplicate()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var review = new ReviewRecord("claims", March, April, 6, 100, 80, 240.5m, 7, 3);
        var capacity = new CapacityRecord("claims", March, April, 6, 120m, 40m, 20m);
        await store.ImportPeopleAsync(File("r1.csv", "r1"), new PeopleFacts { Reviews = [review], Capacity = [capacity] }, CancellationToken.None);

        var same = await store.ImportPeopleAsync(File("r2.csv", "r2"), new PeopleFacts { Reviews = [review] }, CancellationToken.None);
        var corrected = await store.ImportPeopleAsync(File("r3.csv", "r3"), new PeopleFacts { Reviews = [review with { Overrides = 9 }] }, CancellationToken.None);

        Assert.Equal((0, 1), (same.Added, same.Duplicates));
        Assert.Equal((1, 0), (corrected.Added, corrected.Duplicates));
        var facts = await store.LoadPeopleFactsAsync(March, April, CancellationToken.None);
        Assert.Equal(9, Assert.Single(facts.Reviews).Overrides);
        Assert.Equal(240.5m, facts.Reviews[0].ReviewMinutes);
        Assert.Equal(60m, Assert.Single(facts.Capacity).HoursNotCaptured);
    }

    [Fact]
    public async Task ImportPeople_Written_AuditsAndRaisesGenerations()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        var (write, figures) = (store.WriteGeneration, store.FiguresGeneration);

        await store.ImportPeopleAsync(File("a.csv", "sha-a"), new PeopleFacts { Seats = [new("p1", "copilot", March, null)] }, CancellationToken.None);

        Assert.True(store.WriteGeneration > write);
        Assert.True(store.FiguresGeneration > figures);
        var entry = Assert.Single(await store.QueryAuditAsync("people-import:1", null, null, 10, CancellationToken.None));
        Assert.Equal(AuditActions.PeopleImport, entry.Action);
        Assert.Contains("\"added\":1", entry.Details, StringComparison.Ordinal);
        Assert.DoesNotContain("p1", entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListPeopleImports_TwoImports_NewestFirstWithCounts()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.ImportPeopleAsync(File("a.csv", "sha-a"), new PeopleFacts { Seats = [new("p1", "copilot", March, null)] }, CancellationToken.None);
        await store.ImportPeopleAsync(new PeopleImport("b.ndjson", "copilot-user-ndjson", "sha-b", "ops", At.AddHours(1)), new PeopleFacts { Seats = [new("p1", "copilot", March, null)] }, CancellationToken.None);

        var imports = await store.ListPeopleImportsAsync(CancellationToken.None);

        Assert.Equal(
            [
                new PeopleImportSummary(2, "b.ndjson", "copilot-user-ndjson", "sha-b", "ops", At.AddHours(1), 0, 1),
                new PeopleImportSummary(1, "a.csv", "seats-csv", "sha-a", "analyst", At, 1, 0),
            ],
            imports);
    }
}
