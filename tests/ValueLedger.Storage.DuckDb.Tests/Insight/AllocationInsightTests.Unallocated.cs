using ValueLedger.Core.Allocation;
using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Organisation;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;
using static ValueLedger.Storage.DuckDb.Tests.Insight.InsightFixture;

namespace ValueLedger.Storage.DuckDb.Tests.Insight;

public sealed partial class AllocationInsightTests
{
    [Fact]
    public async Task Unallocated_UnmatchedProjects_RankedBySubAccountWithShareOfGross()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(
            store,
            Cost(41m, key: "x41", subAccount: "proj_x"),
            Cost(-5m, subAccount: "proj_x"),
            Cost(9m, subAccount: "proj_y", account: "acct-2"),
            Cost(50m, subAccount: "proj_a"));
        var org = Organisation(Rule("a", AllocationMethod.Direct, [Target("bu-a", "i")], conditions: Field(MatchFields.SubAccount, "proj_a")));
        await store.AllocateAsync(org, From, To, CancellationToken.None);

        var report = await store.QueryUnallocatedAsync(From, To, 10, CancellationToken.None);

        // Gross unallocated = 41 + 9 = 50 (the credit is not gross); net = 45; in scope gross = 100.
        var total = Assert.Single(report.Totals);
        Assert.Equal(("USD", 50m, 45m, 2L, 100m), (total.Currency, total.Gross, total.Net, total.Lines, total.GrossInScope));
        Assert.Equal(0.5m, total.Share);
        var subAccounts = report.Candidates.Where(c => c.Key == UnallocatedKeys.SubAccount).ToList();
        Assert.Equal(["proj_x|41|1|0.82|1", "proj_y|9|1|0.18|2"], subAccounts.Select(c => $"{c.Value}|{c.Gross:0.##}|{c.Lines}|{c.Share:0.##}|{c.Rank}"));
        Assert.Equal("add a rule matching sub_account: proj_x (covers 82 % of unallocated USD)", subAccounts[0].SuggestedFix);
        Assert.Equal(await LineIdAsync(store, "x41"), subAccounts[0].LargestLine);
        var reason = Assert.Single(report.Candidates, c => c.Key == UnallocatedKeys.Reason);
        Assert.Equal((AllocationReasons.NoMatchingRule, 50m, 1m), (reason.Value, reason.Gross, reason.Share));
        Assert.Contains(report.Candidates, c => c is { Key: UnallocatedKeys.ProviderModel, Value: "azure" });
        Assert.DoesNotContain(report.Candidates, c => c.Key == UnallocatedKeys.ApiKey);
    }

    [Fact]
    public async Task Unallocated_TopOne_KeepsOnlyTheLargestValuePerKeyAndKeysWithMostFirst()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(41m, subAccount: "proj_x", account: "acct-1"), Cost(9m, subAccount: "proj_y", account: "acct-2"));

        var report = await store.QueryUnallocatedAsync(From, To, 1, CancellationToken.None);

        Assert.All(report.Candidates, c => Assert.Equal(1, c.Rank));
        // Never allocated: the reason says so, and keys covering all 50 (service, provider, reason) come before those covering 41.
        Assert.Equal(UnallocatedKeys.NotAllocatedYet, Assert.Single(report.Candidates, c => c.Key == UnallocatedKeys.Reason).Value);
        Assert.Equal(50m, report.Candidates[0].Gross);
        Assert.Equal(41m, report.Candidates[^1].Gross);
    }

    [Fact]
    public async Task Unallocated_PerCurrency_SharesNeverMixCurrencies()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, subAccount: "p"), Cost(30m, subAccount: "p", currency: "EUR"), Cost(10m, subAccount: "q", currency: "EUR"));

        var report = await store.QueryUnallocatedAsync(From, To, 10, CancellationToken.None);

        Assert.Equal(["EUR", "USD"], report.Totals.Select(t => t.Currency));
        Assert.Equal(
            ["EUR|p|0.75", "EUR|q|0.25", "USD|p|1"],
            report.Candidates.Where(c => c.Key == UnallocatedKeys.SubAccount).Select(c => $"{c.Currency}|{c.Value}|{c.Share:0.##}"));
    }

    [Fact]
    public async Task Unallocated_UsageRowAndFallbackReason_Counted()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Usage(key: "u1", cost: 2m), Cost(8m, key: "c1"));
        await SetSharesAsync(store, await LineIdAsync(store, "u1"), Share(null, 2m, "unallocated", lineKind: "usage", ruleId: null, reason: AllocationReasons.NoMatchingRule));
        await SetSharesAsync(store, await LineIdAsync(store, "c1"), Share(null, 8m, "unallocated", ruleId: "split", reason: AllocationReasons.NoTelemetry));

        var report = await store.QueryUnallocatedAsync(From, To, 10, CancellationToken.None);

        Assert.Equal(10m, Assert.Single(report.Totals).Gross);
        Assert.Equal(
            ["no-telemetry|8", "no-matching-rule|2"],
            report.Candidates.Where(c => c.Key == UnallocatedKeys.Reason).Select(c => $"{c.Value}|{c.Gross:0.##}"));
    }
}
