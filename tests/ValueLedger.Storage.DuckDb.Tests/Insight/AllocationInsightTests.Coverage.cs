using ValueLedger.Core.Allocation.Insight;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;
using static ValueLedger.Storage.DuckDb.Tests.Insight.InsightFixture;

namespace ValueLedger.Storage.DuckDb.Tests.Insight;

public sealed partial class AllocationInsightTests
{
    [Fact]
    public async Task Coverage_ByMonthAndBu_GrossOnlyAndUsageCountedAsEstimated()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(
            store,
            Cost(60m, key: "s1"),
            Cost(-10m, key: "credit"),
            Cost(40m, key: "s2"),
            Cost(30m, key: "o1", day: October.AddDays(2)),
            Usage(key: "u1", cost: 10m));
        await SetSharesAsync(store, await LineIdAsync(store, "s1"), Share("a", 45m, "weights", initiative: "i"), Share("b", 15m, "weights"));
        await SetSharesAsync(store, await LineIdAsync(store, "credit"), Share("a", -10m, initiative: "i"));
        await SetSharesAsync(store, await LineIdAsync(store, "u1"), Share("a", 10m, "telemetry", initiative: "i", lineKind: "usage"));
        var twoMonths = (From, To.AddMonths(1));

        var overall = await store.QueryCoverageAsync(twoMonths.From, twoMonths.Item2, CoverageGrouping.None, CancellationToken.None);
        var byMonth = await store.QueryCoverageAsync(twoMonths.From, twoMonths.Item2, CoverageGrouping.Month, CancellationToken.None);
        var byBu = await store.QueryCoverageAsync(From, To, CoverageGrouping.Bu, CancellationToken.None);

        // Gross in scope: 60 + 40 (never allocated) + 30 (October, never allocated) + 10 usage = 140; to initiative 45 + 10 = 55.
        var all = Assert.Single(overall);
        Assert.Equal((140m, 10m, 70m, 55m), (all.GrossInScope, all.GrossEstimated, all.GrossAllocated, all.GrossAllocatedToInitiative));
        Assert.Equal(55m / 140m, all.Coverage);
        Assert.Equal("pre-crawl", all.Maturity);
        Assert.Equal(["2024-09|110|55", "2024-10|30|0"], byMonth.Select(r => $"{r.Month:yyyy-MM}|{r.GrossInScope:0.##}|{r.GrossAllocatedToInitiative:0.##}"));
        Assert.Equal(["a|55|55", "b|15|0", "-|40|0"], byBu.Select(r => $"{r.Bu ?? "-"}|{r.GrossInScope:0.##}|{r.GrossAllocatedToInitiative:0.##}"));
        Assert.All(byBu.Concat(byMonth), r => Assert.InRange(r.Coverage ?? 0m, 0m, 1m));
    }

    [Fact]
    public async Task Coverage_NoCost_IsEmpty()
    {
        await using var store = await OpenAsync(temp);

        Assert.Empty(await store.QueryCoverageAsync(From, To, CoverageGrouping.Month | CoverageGrouping.Bu, CancellationToken.None));
    }

    [Fact]
    public async Task ReadAllocatedShares_SplitLine_RowsTogetherLargestFirstWithFocusColumns()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, key: "a", subAccount: "p"), Cost(100m, key: "b"));
        await SetSharesAsync(store, await LineIdAsync(store, "a"), Share("x", 10m));
        await SetSharesAsync(store, await LineIdAsync(store, "b"), Share("y", 25m, "weights"), Share("z", 75m, "weights"));

        var rows = new List<AllocatedLineShare>();
        await foreach (var row in store.ReadAllocatedSharesAsync(From, To, CancellationToken.None))
        {
            rows.Add(row);
        }

        Assert.Equal(["x|10|10", "z|75|100", "y|25|100"], rows.Select(r => $"{r.Share.Bu}|{r.Share.Amount:0.##}|{r.BilledCost:0.##}"));
        Assert.Equal(("p", "acct-1 name", "AI and Machine Learning"), (rows[0].SubAccountId, rows[0].BillingAccountName, rows[0].ServiceCategory));
        Assert.Equal(September, rows[0].BillingPeriodStart);
    }
}
