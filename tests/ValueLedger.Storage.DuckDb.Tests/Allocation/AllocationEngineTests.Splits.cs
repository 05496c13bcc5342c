using ValueLedger.Core.Allocation;
using ValueLedger.Core.Organisation;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

public sealed partial class AllocationEngineTests
{
    private static readonly AllocationRule Quarters = Rule("split", AllocationMethod.Weights, [Target("small", "s", 0.25m), Target("large", "l", 0.75m)]);

    [Fact]
    public async Task Allocate_Weights_SplitsByWeight()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(100m));

        await store.AllocateAsync(Organisation(Quarters), From, To, CancellationToken.None);

        Assert.Equal(["large|l|75|weights|split", "small|s|25|weights|split"], await RowsAsync(store));
    }

    [Theory]
    [InlineData("0.0000000001")]
    [InlineData("0.0000000002")]
    [InlineData("1.000000000000000001")]
    [InlineData("123456789.123456789123456789")]
    public async Task Allocate_WeightsWithRoundingRemainder_SharesSumExactlyToCost(string costText)
    {
        var cost = decimal.Parse(costText, System.Globalization.CultureInfo.InvariantCulture);
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(cost));

        await store.AllocateAsync(Organisation(Quarters), From, To, CancellationToken.None);

        var totals = await store.QueryAllocationsAsync(From, To, CancellationToken.None);
        Assert.Equal(2, totals.Count);
        Assert.Equal(decimal.Round(cost, 18), totals.Sum(t => t.Amount));
    }

    [Fact]
    public async Task Allocate_EvenInThree_RemainderGoesToFirstOfEqualShares()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(100m));
        var org = Organisation(Rule("thirds", AllocationMethod.Even, [Target("a"), Target("b"), Target("c")]));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        // 100 / 3 truncated to 10 places = 33.3333333333; the 0.0000000001 left goes to the first target.
        Assert.Equal(["a|-|33.3333333334|even|thirds", "b|-|33.3333333333|even|thirds", "c|-|33.3333333333|even|thirds"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_CreditLine_IsSplitLikeAnyLine()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(-10m));

        await store.AllocateAsync(Organisation(Quarters), From, To, CancellationToken.None);

        Assert.Equal(["large|l|-7.5|weights|split", "small|s|-2.5|weights|split"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_RunTwice_ReplacesThePeriodWithTheSameRows()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(100m), Cost(5m, provider: "aws"));
        var org = Organisation(Rule("split", AllocationMethod.Weights, Quarters.Targets, conditions: Field(MatchFields.Provider, "azure")));

        var first = await store.AllocateAsync(org, From, To, CancellationToken.None);
        var rows = await RowsAsync(store);
        var second = await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(first.RunId + 1, second.RunId);
        Assert.Equal(first.Outcomes, second.Outcomes);
        Assert.Equal(rows, await RowsAsync(store));
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task Coverage_WithCreditAndUnallocatedLine_IsGrossShareAllocatedToInitiatives()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(100m, subAccount: "p1"), Cost(-30m, subAccount: "p1"), Cost(50m), Cost(20m, subAccount: "p2"));
        var org = Organisation(
            Rule("p1", AllocationMethod.Direct, [Target("bu1", "init")], conditions: Field(MatchFields.SubAccount, "p1")),
            Rule("p2", AllocationMethod.Direct, [Target("bu2")], conditions: Field(MatchFields.SubAccount, "p2")));
        await store.AllocateAsync(org, From, To, CancellationToken.None);

        var total = Assert.Single(await store.QueryAllocationCoverageAsync(From, To, groupByBu: false, CancellationToken.None));
        var byBu = await store.QueryAllocationCoverageAsync(From, To, groupByBu: true, CancellationToken.None);

        // Gross = 100 + 50 + 20 (the credit is left out); to an initiative: 100.
        Assert.Equal(new AllocationCoverageRow(null, "USD", 170m, 100m, 100m / 170m), total);
        Assert.InRange(total.Coverage!.Value, 0m, 1m);
        Assert.Equal(AllocationCoverage.Crawl, total.Maturity);
        Assert.Equal(
            ["bu1 100 100 run", "bu2 20 0 pre-crawl", "- 50 0 pre-crawl"],
            byBu.Select(r => $"{r.Bu ?? "-"} {r.GrossInScope:0.##} {r.GrossAllocatedToInitiative:0.##} {r.Maturity}"));
    }

    [Fact]
    public async Task Coverage_OnlyCreditsInPeriod_HasNoRows()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(-5m));

        Assert.Empty(await store.QueryAllocationCoverageAsync(From, To, groupByBu: false, CancellationToken.None));
    }
}
