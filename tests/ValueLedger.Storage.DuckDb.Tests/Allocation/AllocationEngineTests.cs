using ValueLedger.Core.Allocation;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Organisation;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

public sealed partial class AllocationEngineTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Allocate_TagRuleWithOtherCaseAndSpacesInKey_AllocatesDirectly()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(12.5m, tags: [new Tag(" Team ", "Search")]), Cost(1m, tags: [new Tag("team", "other")]));
        var org = Organisation(Rule("search", AllocationMethod.Direct, [Target("search-bu", "ranking")], conditions: TagIs("TEAM", "sea*")));

        var result = await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(2, result.LinesConsidered);
        Assert.Equal(
            ["search-bu|ranking|12.5|direct|search", "-|-|1|unallocated|-"],
            await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_ProviderAndModelGlobs_MatchIgnoringCase()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, ModelCost(3m, "GPT-4o-mini"), ModelCost(4m, "o1"), ModelCost(5m, "gpt-4o", provider: "aws"));
        var org = Organisation(Rule("chat", AllocationMethod.Direct, [Target("chat-bu")], conditions: [Field(MatchFields.Provider, "AZ*"), Field(MatchFields.Model, "gpt-4o*")]));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["chat-bu|-|3|direct|chat", "-|-|4|unallocated|-", "-|-|5|unallocated|-"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_GlobWithLikeMetacharacters_MatchesThemLiterally()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(1m, subAccount: "team_a%"), Cost(2m, subAccount: "teamXaY"));
        var org = Organisation(Rule("literal", AllocationMethod.Direct, [Target("a")], conditions: Field(MatchFields.SubAccount, "team_a%")));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["a|-|1|direct|literal", "-|-|2|unallocated|-"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_SeveralRulesMatch_LowestPriorityThenIdWins()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(7m));
        var org = Organisation(
            Rule("a-late", AllocationMethod.Direct, [Target("late")], priority: 20),
            Rule("z-first", AllocationMethod.Direct, [Target("first")], priority: 10),
            Rule("b-tie", AllocationMethod.Direct, [Target("tie-b")], priority: 10));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["tie-b|-|7|direct|b-tie"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_RuleVersionsWithEffectiveDates_EachLineUsesTheVersionInForce()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(1m, day: September.AddDays(13)), Cost(2m, day: September.AddDays(14)));
        var org = Organisation(
            Rule("r", AllocationMethod.Direct, [Target("old")], version: 1, effectiveTo: new DateOnly(2024, 9, 15)),
            Rule("r", AllocationMethod.Direct, [Target("new")], version: 2, effectiveFrom: new DateOnly(2024, 9, 15)));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["old|-|1|direct|r@1", "new|-|2|direct|r@2"], await RowsAsync(store, withVersion: true));
    }

    [Fact]
    public async Task Allocate_CoveredUsageOutOfScopeAndOtherPeriods_AreNotAllocated()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(1m), Cost(2m, day: October.AddDays(1)), Cost(4m, aiScope: false));
        await ImportBillAsync(store, Usage(cost: 0.5m, provider: "azure"));

        var result = await store.AllocateAsync(Organisation(), From, To, CancellationToken.None);

        Assert.Equal((1, 0), (result.LinesConsidered, result.UsageLinesConsidered));
        Assert.Equal(["-|-|1|unallocated|-"], await RowsAsync(store));
    }

    [Fact]
    public async Task Allocate_TelemetryRuleWithoutTelemetryOrFallback_LeavesLineUnallocatedSayingWhy()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(9m));
        var org = Organisation(Rule("usage", AllocationMethod.Telemetry, [Target("a"), Target("b")]));

        var result = await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["cost|-|-|9|unallocated|rule:usage|-|no-telemetry"], await ExplainedRowsAsync(store));
        Assert.Equal(new AllocationOutcomeTotal(AllocationMethods.Unallocated, "USD", 9m, 1), Assert.Single(result.Outcomes));
        var notice = Assert.Single(result.Notices);
        Assert.Equal(new AllocationNotice("rule", "usage", AllocationReasons.NoTelemetry, null, September, "USD", 1, 9m), notice);
        Assert.Equal("usage: 1 line in 2024-09 (9 USD) had no telemetry; left Unallocated (no fallback declared)", notice.Message);
    }

    [Fact]
    public async Task Allocate_TagKeyWithSlashAndSpace_IsFoundByJsonPointer()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(2m, tags: [new Tag("Cost/Center ~x", "CC-1")]));
        var org = Organisation(Rule("cc", AllocationMethod.Direct, [Target("finance")], conditions: TagIs("cost/center ~x", "cc-*")));

        await store.AllocateAsync(org, From, To, CancellationToken.None);

        Assert.Equal(["finance|-|2|direct|cc"], await RowsAsync(store));
    }

    [Fact]
    public async Task Coverage_TwoCurrencies_AreReportedSeparately()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, subAccount: "p"), Cost(30m, currency: "EUR"));
        await store.AllocateAsync(Organisation(Rule("p", AllocationMethod.Direct, [Target("bu", "i")], conditions: Field(MatchFields.SubAccount, "p"))), From, To, CancellationToken.None);

        var rows = await store.QueryAllocationCoverageAsync(From, To, groupByBu: false, CancellationToken.None);

        Assert.Equal(["EUR 30 0 pre-crawl", "USD 10 10 run"], rows.Select(r => $"{r.Currency} {r.GrossInScope:0.##} {r.GrossAllocatedToInitiative:0.##} {r.Maturity}"));
    }
}
