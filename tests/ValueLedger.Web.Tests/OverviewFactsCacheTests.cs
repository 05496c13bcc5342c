using ValueLedger.Core.Showback;
using ValueLedger.Importers.Organisation;
using ValueLedger.Storage.DuckDb;
using ValueLedger.Web.Pages.Overview;

namespace ValueLedger.Web.Tests;

/// <summary>The overview's figures are loaded once per ledger write: requests between writes share them, a write makes the next request reload.</summary>
public sealed class OverviewFactsCacheTests
{
    [Fact]
    public async Task OverviewFacts_BetweenWrites_SharedThenReloadedAfterWrite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "valueledger-web-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            var organisation = OrganisationLoader.Load(Path.Combine(RepositoryRoot(), "examples", "organisation.yaml")).Organisation;
            await using var store = await DuckDbSpendStore.OpenAsync(Path.Combine(folder, "ledger.duckdb"), new DuckDbStoreOptions(), CancellationToken.None);

            var first = await OverviewFactsLoader.GetAsync(store, organisation, CancellationToken.None);
            var second = await OverviewFactsLoader.GetAsync(store, organisation, CancellationToken.None);
            Assert.Same(first, second);
            Assert.Null(first.Latest);

            var before = store.WriteGeneration;
            await store.RecordAcknowledgementAsync(new BuAcknowledgement("finance", "cfo", DateTimeOffset.UnixEpoch, null), CancellationToken.None);
            Assert.Equal(before + 1, store.WriteGeneration);
            var third = await OverviewFactsLoader.GetAsync(store, organisation, CancellationToken.None);
            Assert.NotSame(first, third);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueLedger.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ValueLedger.slnx not found above the test folder");
    }
}
