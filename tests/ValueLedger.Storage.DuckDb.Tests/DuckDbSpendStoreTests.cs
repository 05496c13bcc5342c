using ValueLedger.Core.Storage;
using ValueLedger.Storage.DuckDb.Tests.Contract;

namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>The store contract on a DuckDB file in a temporary directory.</summary>
public sealed class DuckDbSpendStoreTests : SpendStoreContractTests, IDisposable
{
    private readonly TempLedger temp = new();

    // xUnit calls this after DisposeAsync has closed every store.
    public void Dispose() => temp.Dispose();

    protected override async Task<ISpendStore> CreateStoreAsync() =>
        await DuckDbSpendStore.OpenAsync(temp.PathOf(), TempLedger.Options, CancellationToken.None);

    protected override async Task<ISpendStore> ReopenStoreAsync(ISpendStore store)
    {
        var path = ((DuckDbSpendStore)store).LedgerPath;
        await store.DisposeAsync();
        return await DuckDbSpendStore.OpenAsync(path, TempLedger.Options, CancellationToken.None);
    }
}
