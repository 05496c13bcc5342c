using System.Security.Cryptography;
using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>
/// The behaviour every <see cref="ISpendStore"/> backend must show. A backend's test class inherits
/// this and says how to create an empty store and how to reopen one; the tests use the port only.
/// </summary>
public abstract partial class SpendStoreContractTests : IAsyncLifetime
{
    protected static readonly DateTimeOffset StartedAt = new(2024, 10, 2, 8, 0, 0, TimeSpan.Zero);

    private readonly List<ISpendStore> stores = [];

    /// <summary>A new, empty store.</summary>
    protected abstract Task<ISpendStore> CreateStoreAsync();

    /// <summary>Closes <paramref name="store"/> (without committing anything open) and opens the same ledger again.</summary>
    protected abstract Task<ISpendStore> ReopenStoreAsync(ISpendStore store);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        await CleanUpAsync();
    }

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made, after every store is disposed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    protected async Task<ISpendStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        stores.Add(store);
        return store;
    }

    protected async Task<ISpendStore> ReopenAsync(ISpendStore store)
    {
        stores.Remove(store);
        var reopened = await ReopenStoreAsync(store);
        stores.Add(reopened);
        return reopened;
    }

    protected static ImportManifest Manifest(string fileName, ReplacementPolicy replacement = ReplacementPolicy.SkipDuplicateKeys, string format = "test-usage", string? sha256 = null) =>
        new(fileName, sha256 ?? Sha(fileName), 1234, format, replacement, StartedAt);

    /// <summary>Imports <paramref name="records"/> as one file and commits.</summary>
    protected static async Task<ImportCommitResult> ImportAsync(
        ISpendStore store,
        string fileName,
        IEnumerable<SpendRecord> records,
        ReplacementPolicy replacement = ReplacementPolicy.SkipDuplicateKeys,
        string format = "test-usage",
        string? sha256 = null)
    {
        await using var session = await store.BeginImportAsync(Manifest(fileName, replacement, format, sha256), CancellationToken.None);
        long count = 0;
        foreach (var record in records)
        {
            session.Append(record);
            count++;
        }

        return await session.CommitAsync(new ImportStatistics(count, 0, null), CancellationToken.None);
    }

    /// <summary>A FOCUS-like import: cost lines, replacing billing periods.</summary>
    protected static Task<ImportCommitResult> ImportBillAsync(ISpendStore store, string fileName, params SpendRecord[] lines) =>
        ImportAsync(store, fileName, lines, ReplacementPolicy.ReplaceBillingPeriods, "focus-csv");

    protected static Task<IReadOnlyList<SpendRow>> SpendAsync(ISpendStore store, params SpendGrouping[] groupBy) =>
        store.QuerySpendAsync(new SpendQuery(groupBy, null, null, SpendScope.Ai), CancellationToken.None);

    protected static SpendGrouping By(SpendDimension dimension) => new(dimension);

    protected static SpendGrouping ByTag(string key) => new(SpendDimension.Tag, key);

    /// <summary>The single row of a query expected to give exactly one.</summary>
    protected static async Task<SpendRow> TotalAsync(ISpendStore store, SpendScope scope = SpendScope.Ai) =>
        Assert.Single(await store.QuerySpendAsync(new SpendQuery([], null, null, scope), CancellationToken.None));

    protected static IReadOnlyList<Tag> Tags(params (string Key, string? Value)[] tags) => [.. tags.Select(t => new Tag(t.Key, t.Value))];

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
