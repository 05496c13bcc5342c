using ValueLedger.Core.Import;
using ValueLedger.Core.Organisation;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

/// <summary>Shared-cost policies, uncovered usage telemetry as lines, and re-delivered bills.</summary>
public sealed partial class AllocationEngineTests
{
    [Fact]
    public async Task Allocate_PolicyAndRule_PolicyDecidesOnlyLinesNoRuleMatched()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, subAccount: "p1"), Cost(4m));
        var org = Organisation(Rule("p1", AllocationMethod.Direct, [Target("X")], conditions: Field(MatchFields.SubAccount, "p1"))) with
        {
            SharedCostPolicies = [Policy("no-match", AllocationMethod.Even, [Target("Z")], conditions: Field(MatchFields.Provider, "aws")), Policy("pool", AllocationMethod.Even, [Target("A"), Target("B")])],
        };

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(
            ["cost|X|-|10|direct|rule:p1|-|-", "cost|A|-|2|even|policy:pool|-|-", "cost|B|-|2|even|policy:pool|-|-"],
            await ExplainedRowsAsync(store));
        Assert.Equal(["X|-|10|direct|p1@1", "A|-|2|even|pool@1", "B|-|2|even|pool@1"], await RowsAsync(store, withVersion: true));
    }

    [Fact]
    public async Task Allocate_PolicyWithoutTargets_SplitsEvenlyOverEveryBusinessUnit()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(3m));
        var org = Organisation() with
        {
            BusinessUnits = [Unit("u1"), Unit("u2"), Unit("u3")],
            SharedCostPolicies = [Policy("everyone", AllocationMethod.Even, [])],
        };

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["u1|-|1|even|everyone", "u2|-|1|even|everyone", "u3|-|1|even|everyone"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_TelemetryPolicyWithoutTargets_SplitsOverAnyUnitWithTelemetry()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        await ImportBillAsync(store, TeamUsage(0.25m, "a"), TeamUsage(0.75m, "c"));
        var org = Organisation(TeamRules) with
        {
            BusinessUnits = [Unit("A"), Unit("B"), Unit("C")],
            SharedCostPolicies = [Policy("by-usage", AllocationMethod.Telemetry, [], AllocationMethod.Even)],
        };

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["cost|A|ia|2.5|telemetry|policy:by-usage|-|-", "cost|C|-|7.5|telemetry|policy:by-usage|-|-"], await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_UncoveredTelemetry_IsAllocatedAsUsageLineAndCoveredTelemetryIsNot()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m));
        await ImportBillAsync(store, TeamUsage(0.5m, "a"), TeamUsage(0.2m, "a", provider: "openai"), TeamUsage(0.3m, "nobody", provider: "openai"), Usage(cost: null));
        var org = Organisation([.. TeamRules, Rule("bill", AllocationMethod.Direct, [Target("P")], conditions: Field(MatchFields.Provider, "azure"))]);

        var result = await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal((3, 2), (result.LinesConsidered, result.UsageLinesConsidered));
        Assert.Equal(
            ["cost|P|-|10|direct|rule:bill|-|-", "usage|A|ia|0.2|direct|rule:team-a|-|-", "usage|-|-|0.3|unallocated|-|-|no-matching-rule"],
            await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_ReDeliveredBill_RemovesTheReplacedLinesAllocations()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, ReplacementPolicy.ReplaceBillingPeriods, Cost(10m, key: "l1"), Cost(5m, key: "l2"));
        var org = Organisation(Rule("all", AllocationMethod.Direct, [Target("X")]));
        await store.AllocateAsync(org, From, To, CancellationToken.None);

        await ImportBillAsync(store, ReplacementPolicy.ReplaceBillingPeriods, Cost(12m, key: "l1"));

        Assert.Equal(0L, await CountAsync(store, "SELECT count(*) FROM allocations"));
        await store.AllocateAsync(org, From, To, CancellationToken.None);
        Assert.Equal(["X|-|12|direct|all"], await RowsAsync(store));
    }

    [Fact]
    public async Task FiguresGeneration_AppendOnlyImport_UnchangedButReplacementAndAllocationRaiseIt()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, ReplacementPolicy.ReplaceBillingPeriods, Cost(10m, key: "l1"));
        var org = Organisation(Rule("all", AllocationMethod.Direct, [Target("X")]));
        var beforeAllocation = store.FiguresGeneration;
        await store.AllocateAsync(org, From, To, CancellationToken.None);
        Assert.True(store.FiguresGeneration > beforeAllocation);

        // Usage telemetry appended (as the OTLP receiver does): records only, no allocation row touched.
        var (writes, figures) = (store.WriteGeneration, store.FiguresGeneration);
        await ImportBillAsync(store, TeamUsage(0.5m, "a"));
        Assert.True(store.WriteGeneration > writes);
        Assert.Equal(figures, store.FiguresGeneration);

        // A re-delivered bill deletes the replaced lines' allocation rows: allocated figures change.
        await ImportBillAsync(store, ReplacementPolicy.ReplaceBillingPeriods, Cost(12m, key: "l1"));
        Assert.True(store.FiguresGeneration > figures);
    }

    private static async Task<long> CountAsync(DuckDbSpendStore store, string sql)
    {
        await foreach (var row in QueryAsync(store, sql))
        {
            return row.GetInt64(0);
        }

        return -1;
    }
}
