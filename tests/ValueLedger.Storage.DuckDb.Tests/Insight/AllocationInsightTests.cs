using ValueLedger.Core.Allocation.Insight;
using ValueLedger.Core.Organisation;
using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;
using static ValueLedger.Storage.DuckDb.Tests.Insight.InsightFixture;

namespace ValueLedger.Storage.DuckDb.Tests.Insight;

public sealed partial class AllocationInsightTests : IDisposable
{
    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task ExplainLine_UnknownLine_ReturnsNull()
    {
        await using var store = await OpenAsync(temp);

        Assert.Null(await store.ExplainLineAsync(new LineId(7, 7), CancellationToken.None));
    }

    [Fact]
    public async Task ExplainLine_DirectRule_GivesLineSourceAndItsShare()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(12.5m, key: "a", subAccount: "proj_a"));
        await store.AllocateAsync(Organisation(Rule("search", AllocationMethod.Direct, [Target("search-bu", "ranking")])), From, To, CancellationToken.None);
        var id = await LineIdAsync(store, "a");

        var explained = await store.ExplainLineAsync(id, CancellationToken.None);

        Assert.NotNull(explained);
        Assert.Equal("cost", explained.Line.Kind);
        Assert.Equal("proj_a", explained.Line.SubAccountId);
        Assert.Equal(12.5m, explained.Line.Cost);
        Assert.StartsWith("bill-", explained.Line.SourceFileName, StringComparison.Ordinal);
        Assert.NotNull(explained.Line.SourceLine);
        var share = Assert.Single(explained.Shares);
        Assert.Equal(("search-bu", "ranking", 12.5m, "direct", "rule", "search", 1), (share.Bu, share.Initiative, share.Amount, share.Method, share.RuleKind, share.RuleId, share.RuleVersion));
    }

    [Fact]
    public async Task ExplainLine_NeverAllocated_HasNoShares()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(3m, key: "a"));

        var explained = await store.ExplainLineAsync(await LineIdAsync(store, "a"), CancellationToken.None);

        Assert.NotNull(explained);
        Assert.Empty(explained.Shares);
    }

    [Fact]
    public async Task ExplainLine_TelemetrySplitRows_ComeLargestFirstWithDetails()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(100m, key: "shared"));
        var id = await LineIdAsync(store, "shared");
        await SetSharesAsync(
            store,
            id,
            Share("support", 30m, "telemetry", details: """{"basis_cost":"30","basis_total":"100","basis_currency":"USD","basis_records":1204,"same_model":false}"""),
            Share("search", 70m, "telemetry", details: """{"basis_cost":"70","basis_total":"100","basis_currency":"USD","basis_records":3000,"same_model":false}"""));

        var explained = await store.ExplainLineAsync(id, CancellationToken.None);

        Assert.Equal(["search", "support"], explained!.Shares.Select(s => s.Bu));
        Assert.Equal(
            "telemetry split: this BU's usage cost 30.00 of 100.00 USD basis (1,204 records) -> 30 %",
            AllocationShareText.Describe(explained.Shares[1]));
    }

    [Fact]
    public async Task ExplainBusinessUnit_RowsFromRuleAndPolicy_BrokenDownWithTopLines()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(10m, key: "a"), Cost(20m, key: "b"), Cost(40m, key: "c"), Cost(5m, key: "eur", currency: "EUR"));
        await SetSharesAsync(store, await LineIdAsync(store, "a"), Share("bu1", 10m, initiative: "i1", ruleId: "direct-a"));
        await SetSharesAsync(store, await LineIdAsync(store, "b"), Share("bu1", 20m, initiative: "i2", ruleId: "direct-a"));
        await SetSharesAsync(store, await LineIdAsync(store, "c"), Share("bu1", 10m, "even", ruleKind: "policy", ruleId: "platform", details: """{"parts":4}"""), Share("bu2", 30m, "weights", ruleId: "w"));
        await SetSharesAsync(store, await LineIdAsync(store, "eur"), Share("bu1", 5m, currency: "EUR", ruleId: "direct-a"));

        var all = await store.ExplainBusinessUnitAsync("bu1", null, From, To, 10, CancellationToken.None);
        var one = await store.ExplainBusinessUnitAsync("bu1", "i2", From, To, 1, CancellationToken.None);

        Assert.Equal(
            ["EUR|direct-a|direct|5|1", "USD|direct-a|direct|30|2", "USD|platform|shared|10|1"],
            all.Breakdown.Select(r => $"{r.Currency}|{r.RuleId}|{r.ShareKind}|{r.Amount:0.##}|{r.Lines}"));
        Assert.Equal(["EUR|5", "USD|20", "USD|10", "USD|10"], all.TopLines.Select(l => $"{l.Currency}|{l.Amount:0.##}"));
        Assert.Equal(20m, Assert.Single(one.Breakdown).Amount);
        Assert.Equal(await LineIdAsync(store, "b"), Assert.Single(one.TopLines).Id);
    }
}
