using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>The import history.</summary>
public abstract partial class SpendStoreContractTests
{
    [Fact]
    public async Task ListSources_ImportsAndAttempts_OldestFirstWithCounts()
    {
        var store = await NewStoreAsync();
        await using (var session = await store.BeginImportAsync(Manifest("day1.ndjson"), CancellationToken.None))
        {
            session.Append(Usage(key: "a"));
            session.Append(Usage(key: "a"));
            session.Append(Usage(key: "b"));
            await session.CommitAsync(new ImportStatistics(RowsRead: 5, RowsRejected: 2, Message: "2 rows set aside"), CancellationToken.None);
        }

        await store.RecordAttemptAsync(Manifest("day1-copy.ndjson", sha256: Manifest("day1.ndjson").Sha256), ImportOutcome.DuplicateFile, new ImportStatistics(0, 0, "same bytes as source 1"), CancellationToken.None);
        await store.RecordAttemptAsync(Manifest("broken.csv"), ImportOutcome.Failed, new ImportStatistics(10, 1, "line 3: bad date"), CancellationToken.None);

        var sources = await store.ListSourcesAsync(CancellationToken.None);

        Assert.Equal([1L, 2L, 3L], sources.Select(s => s.Id));
        Assert.Equal([ImportOutcome.Imported, ImportOutcome.DuplicateFile, ImportOutcome.Failed], sources.Select(s => s.Outcome));
        var first = sources[0];
        Assert.Equal(("day1.ndjson", "test-usage", 1234L), (first.FileName, first.Format, first.SizeBytes));
        Assert.Equal((5L, 2L, 2L, 1L, 0L), (first.RowsRead, first.RowsInserted, first.RowsRejected, first.RowsSkippedAsDuplicate, first.RowsReplaced));
        Assert.Equal(StartedAt, first.StartedAt);
        Assert.True(first.FinishedAt >= first.StartedAt);
        Assert.Equal("2 rows set aside", first.Message);
        Assert.Equal("line 3: bad date", sources[2].Message);
        Assert.Equal(0, sources[2].RowsInserted);
    }

    [Fact]
    public async Task FindImportedFile_OnlySuccessfulImportsCount()
    {
        var store = await NewStoreAsync();
        await store.RecordAttemptAsync(Manifest("broken.csv"), ImportOutcome.Failed, new ImportStatistics(1, 1, "bad"), CancellationToken.None);
        await ImportAsync(store, "good.csv", [Usage()]);

        var broken = await store.FindImportedFileAsync(Manifest("broken.csv").Sha256, CancellationToken.None);
        var good = await store.FindImportedFileAsync(Manifest("good.csv").Sha256, CancellationToken.None);

        Assert.Null(broken);
        Assert.NotNull(good);
        Assert.Equal(("good.csv", 2L), (good.FileName, good.Id));
    }

    [Fact]
    public async Task RecordAttempt_ImportedOutcome_Refused()
    {
        var store = await NewStoreAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.RecordAttemptAsync(Manifest("a.csv"), ImportOutcome.Imported, new ImportStatistics(0, 0, null), CancellationToken.None));
    }
}
