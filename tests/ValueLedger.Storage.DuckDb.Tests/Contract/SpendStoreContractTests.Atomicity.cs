using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>An import lands whole or not at all.</summary>
public abstract partial class SpendStoreContractTests
{
    [Fact]
    public async Task Dispose_WithoutCommit_LeavesLedgerUnchanged()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "a.csv", [Usage(key: "a", cost: 1m)]);

        await using (var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None))
        {
            for (var i = 0; i < 5000; i++)
            {
                session.Append(Usage(key: $"b{i}", cost: 1m));
            }
        }

        Assert.Equal(1m, (await TotalAsync(store)).Cost);
        Assert.Single(await store.ListSourcesAsync(CancellationToken.None));

        // The store is usable again after the abandoned session.
        var next = await ImportAsync(store, "c.csv", [Usage(key: "c", cost: 2m)]);
        Assert.Equal(1, next.RowsInserted);
    }

    [Fact]
    public async Task Reopen_AfterUncommittedSession_LedgerUnchanged()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "a.csv", [Usage(key: "a", cost: 1m)]);
        var session = await store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None);
        for (var i = 0; i < 5000; i++)
        {
            session.Append(Usage(key: $"b{i}", cost: 1m));
        }

        // Closed under the session's feet, as a process that stops mid-import.
        var reopened = await ReopenAsync(store);

        Assert.Equal(1m, (await TotalAsync(reopened)).Cost);
        Assert.Single(await reopened.ListSourcesAsync(CancellationToken.None));
        await session.DisposeAsync();
    }

    [Fact]
    public async Task Commit_AfterConflict_LedgerStillExactlyTheFirstImport()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "a.csv", Cost(10m, account: "A"), Cost(1m, account: "B"));
        var before = await SpendAsync(store, By(SpendDimension.Account), By(SpendDimension.Day));

        var midSeptember = September.AddDays(14);
        var conflict = await ImportBillAsync(store, "b.csv", Cost(1m, account: "B"), Cost(5m, account: "A", day: midSeptember, periodStart: midSeptember, periodEnd: midSeptember.AddMonths(1)));
        var after = await SpendAsync(store, By(SpendDimension.Account), By(SpendDimension.Day));

        Assert.False(conflict.Succeeded);
        Assert.Equal(before.Select(Describe), after.Select(Describe));
    }

    [Fact]
    public async Task BeginImport_WhileAnotherSessionIsOpen_Throws()
    {
        var store = await NewStoreAsync();
        await using var first = await store.BeginImportAsync(Manifest("a.csv"), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => store.BeginImportAsync(Manifest("b.csv"), CancellationToken.None));
    }

    private static string Describe(SpendRow row) => $"{string.Join('|', row.Keys)} {row.Currency} {row.Cost} {row.CostLines}";
}
