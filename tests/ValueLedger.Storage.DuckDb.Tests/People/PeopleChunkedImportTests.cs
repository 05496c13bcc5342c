using ValueLedger.Core.People;
using static ValueLedger.Storage.DuckDb.Tests.People.PeopleStoreTests;

namespace ValueLedger.Storage.DuckDb.Tests.People;

/// <summary>A people file written chunk by chunk into one transaction: dedupe across chunks, roll back on refusal or failure.</summary>
public sealed class PeopleChunkedImportTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ImportChunked_SecondChunkRepeatsAFactOfTheFirst_AddedOnceAndCountedAsDuplicate()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

        var result = await store.ImportPeopleChunkedAsync(File("big.ndjson", "sha-big"), async write =>
        {
            await write(new PeopleFacts { ActiveDays = [new("p1", March, "copilot"), new("p2", March, "copilot")] });
            await write(new PeopleFacts { ActiveDays = [new("p2", March, "copilot"), new("p3", March, "copilot")] });
            return true;
        }, CancellationToken.None);

        Assert.Equal(new PeopleImportResult(1, 3, 1, false), result);
        Assert.Equal(["p1", "p2", "p3"], (await store.LoadPeopleFactsAsync(March, April, CancellationToken.None)).ActiveDays.Select(a => a.Person).Order());
    }

    [Fact]
    public async Task ImportChunked_ProducerRefusesAfterWritingChunks_NothingKeptAndNoImportRow()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

        var result = await store.ImportPeopleChunkedAsync(File("strict.csv", "sha-strict"), async write =>
        {
            await write(new PeopleFacts { Seats = [new("p1", "copilot", March, null)] });
            return false;
        }, CancellationToken.None);

        Assert.Null(result);
        Assert.Empty((await store.LoadPeopleFactsAsync(March, April, CancellationToken.None)).Seats);
        Assert.Empty(await store.ListPeopleImportsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task ImportChunked_ProducerThrowsMidFile_NothingKeptAndTheSameFileImportsLater()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

        await Assert.ThrowsAsync<IOException>(() => store.ImportPeopleChunkedAsync(File("cut.csv", "sha-cut"), async write =>
        {
            await write(new PeopleFacts { Seats = [new("p1", "copilot", March, null)] });
            throw new IOException("disk went away");
        }, CancellationToken.None));

        Assert.Empty((await store.LoadPeopleFactsAsync(March, April, CancellationToken.None)).Seats);
        var again = await store.ImportPeopleAsync(File("cut.csv", "sha-cut"), new PeopleFacts { Seats = [new("p1", "copilot", March, null)] }, CancellationToken.None);
        Assert.Equal(new PeopleImportResult(1, 1, 0, false), again);
    }

    [Fact]
    public async Task ImportChunked_FileImportedBefore_ProducerNeverCalled()
    {
        await using var store = await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);
        await store.ImportPeopleAsync(File("a.csv", "sha-a"), new PeopleFacts { Seats = [new("p1", "copilot", March, null)] }, CancellationToken.None);
        var called = false;

        var result = await store.ImportPeopleChunkedAsync(File("a-again.csv", "sha-a"), _ =>
        {
            called = true;
            return Task.FromResult(true);
        }, CancellationToken.None);

        Assert.False(called);
        Assert.True(result!.AlreadyImported);
    }
}
