using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>Staging, committing, duplicates and atomicity.</summary>
public abstract partial class SpendStoreContractTests
{
    [Fact]
    public async Task Commit_TinyAndLargeDecimals_RoundTripExactly()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(cost: 0.00000080000m, provider: "openai"), Usage(cost: 123456789.123456789012345678m, provider: "anthropic")]);

        var rows = await SpendAsync(store, By(SpendDimension.Provider));

        Assert.Equal(2, rows.Count);
        Assert.Equal("anthropic", rows[0].Keys[0]);
        Assert.Equal(123456789.123456789012345678m, rows[0].Cost);
        Assert.Equal("openai", rows[1].Keys[0]);
        Assert.Equal(0.0000008m, rows[1].Cost);
    }

    [Fact]
    public async Task QuerySpend_ManyAmounts_SumExactly()
    {
        var store = await NewStoreAsync();
        var records = Enumerable.Range(0, 10).Select(_ => Usage(cost: 0.1m))
            .Append(Usage(cost: 123456789.123456789012345678m))
            .Append(Usage(cost: 0.000000000000000001m))
            .Append(Usage(cost: 0.000000000000000001m));
        await ImportAsync(store, "usage.csv", records);

        var total = await TotalAsync(store);

        // 10 x 0.1 = 1; + 123456789.123456789012345678 + 2e-18, by hand.
        Assert.Equal(123456790.123456789012345680m, total.Cost);
        Assert.Equal(13, total.TelemetryRecords);
    }

    [Fact]
    public async Task Commit_ThousandsOfRecords_AllLandInOrderOfCounts()
    {
        var store = await NewStoreAsync();
        var records = Enumerable.Range(0, 10_000).Select(i => Usage(key: $"k{i}", cost: 0.001m, requests: 2, inputTokens: 3, outputTokens: 4));

        var result = await ImportAsync(store, "big.ndjson", records);
        var total = await TotalAsync(store);

        Assert.True(result.Succeeded);
        Assert.Equal(10_000, result.RowsInserted);
        Assert.Equal(10m, total.Cost);
        Assert.Equal(20_000, total.Requests);
        Assert.Equal(70_000, total.Tokens);
    }

    [Fact]
    public async Task Commit_KeysAlreadyInLedger_SkippedAsDuplicates()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "day1.ndjson", [Usage(key: "a", cost: 1m), Usage(key: "b", cost: 2m)]);

        var second = await ImportAsync(store, "day2.ndjson", [Usage(key: "b", cost: 2m), Usage(key: "c", cost: 4m)]);

        Assert.Equal(1, second.RowsInserted);
        Assert.Equal(1, second.RowsSkippedAsDuplicate);
        Assert.Equal(7m, (await TotalAsync(store)).Cost);
    }

    [Fact]
    public async Task Commit_RepeatedKeyWithinFile_KeepsFirstOnly()
    {
        var store = await NewStoreAsync();

        var result = await ImportAsync(store, "usage.ndjson", [Usage(key: "a", cost: 1m), Usage(key: "a", cost: 10m), Usage(key: "b", cost: 2m), Usage(key: "a", cost: 100m)]);

        Assert.Equal(2, result.RowsInserted);
        Assert.Equal(2, result.RowsSkippedAsDuplicate);
        Assert.Equal(3m, (await TotalAsync(store)).Cost);
    }

    [Fact]
    public async Task Commit_SameKeyInAnotherFormat_IsNotADuplicate()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "litellm.csv", [Usage(key: "a", cost: 1m)], format: "litellm");

        var result = await ImportAsync(store, "otel.json", [Usage(key: "a", cost: 2m)], format: "otel");

        Assert.Equal(1, result.RowsInserted);
        Assert.Equal(0, result.RowsSkippedAsDuplicate);
        Assert.Equal(3m, (await TotalAsync(store)).Cost);
    }

    [Fact]
    public async Task Commit_RedeliveredBillingPeriod_ReplacesThatPeriodOnly()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "focus-0900.csv", Cost(10m, account: "A"), Cost(20m, account: "A"), Cost(5m, account: "B"));
        await ImportBillAsync(store, "focus-august.csv", Cost(7m, account: "A", day: September.AddDays(-5)));

        var result = await ImportBillAsync(store, "focus-1500.csv", Cost(25m, account: "A"));

        Assert.True(result.Succeeded);
        var replaced = Assert.Single(result.Replaced);
        Assert.Equal("azure", replaced.Provider);
        Assert.Equal("A", replaced.BillingAccountId);
        Assert.Equal(September, replaced.BillingPeriodStart);
        Assert.Equal(October, replaced.BillingPeriodEnd);
        Assert.Equal(2, replaced.RowsRemoved);
        Assert.Equal(["focus-0900.csv"], replaced.PreviousSources);

        // A September 25 (was 30) + B September 5 + A August 7.
        Assert.Equal(37m, (await TotalAsync(store)).Cost);
        var sources = await store.ListSourcesAsync(CancellationToken.None);
        Assert.Equal(2, sources[^1].RowsReplaced);
    }

    [Fact]
    public async Task Commit_OverlappingBillingPeriod_ConflictAndLedgerUnchanged()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "focus-september.csv", Cost(10m, account: "A"));
        var midSeptember = September.AddDays(14);

        var result = await ImportBillAsync(store, "focus-shifted.csv", Cost(99m, account: "A", day: midSeptember, periodStart: midSeptember, periodEnd: midSeptember.AddMonths(1)));

        Assert.False(result.Succeeded);
        Assert.Contains("2024-09-15..2024-10-15", result.Conflict);
        Assert.Contains("2024-09-01..2024-10-01", result.Conflict);
        Assert.Contains("focus-september.csv", result.Conflict);
        Assert.Equal(10m, (await TotalAsync(store)).Cost);
        Assert.Single(await store.ListSourcesAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Commit_SameBytesAlreadyImported_ConflictNamesSource()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(key: "a", cost: 1m)], sha256: new string('a', 64));

        var result = await ImportAsync(store, "copy-of-usage.csv", [Usage(key: "z", cost: 5m)], sha256: new string('a', 64));

        Assert.False(result.Succeeded);
        Assert.Contains("already imported as source 1", result.Conflict);
        Assert.Equal(1m, (await TotalAsync(store)).Cost);
    }
}
