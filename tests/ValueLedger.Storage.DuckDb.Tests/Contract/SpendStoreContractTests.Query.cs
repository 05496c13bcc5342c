using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>Spend: grouping, tags, periods.</summary>
public abstract partial class SpendStoreContractTests
{
    [Fact]
    public async Task QuerySpend_TagKeyInAnyCaseOrSpacing_MatchesOneKey()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [
            Usage(cost: 1m, tags: Tags((" org", "alpha"))),
            Usage(cost: 2m, tags: Tags(("Org", "beta"))),
            Usage(cost: 4m, tags: Tags(("ORG ", "alpha"), ("team", "x"))),
            Usage(cost: 8m, tags: Tags(("team", "y"))),
        ]);

        var rows = await SpendAsync(store, ByTag("ORG"));

        Assert.Equal(["alpha", "beta", null], rows.Select(r => r.Keys[0]));
        Assert.Equal([5m, 2m, 8m], rows.Select(r => r.Cost));
        Assert.Equal("tag:ORG", ByTag("ORG").Label);
    }

    [Fact]
    public async Task QuerySpend_TwoKeysNormalisingAlike_FirstValueWins()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(cost: 1m, tags: Tags(("Cost Center", "first"), (" cost center ", "second"), ("a/b~c", "odd key")))]);

        var byCostCentre = Assert.Single(await SpendAsync(store, ByTag("cost center")));
        var byOddKey = Assert.Single(await SpendAsync(store, ByTag("A/B~C")));

        Assert.Equal("first", byCostCentre.Keys[0]);
        Assert.Equal("odd key", byOddKey.Keys[0]);
    }

    [Fact]
    public async Task QuerySpend_Period_IsHalfOpenOnChargePeriodStart()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [
            Usage(cost: 1m, at: September.AddTicks(-1)),
            Usage(cost: 2m, at: September),
            Usage(cost: 4m, at: October.AddTicks(-1)),
            Usage(cost: 8m, at: October),
        ]);

        var rows = await store.QuerySpendAsync(new SpendQuery([], September, October, SpendScope.Ai), CancellationToken.None);
        var open = await store.QuerySpendAsync(new SpendQuery([], September, null, SpendScope.Ai), CancellationToken.None);

        Assert.Equal(6m, Assert.Single(rows).Cost);
        Assert.Equal(14m, Assert.Single(open).Cost);
    }

    [Fact]
    public async Task QuerySpend_ByEveryDimension_KeysAsDocumentedAndSorted()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(10m, account: "acct-1", day: September.AddDays(1)), Cost(20m, account: null, day: September.AddDays(2), service: null));
        await ImportAsync(store, "usage.csv", [Usage(cost: 1m, provider: "anthropic", model: "claude", account: "org-9")], format: "litellm");

        var rows = await SpendAsync(
            store,
            By(SpendDimension.Source),
            By(SpendDimension.Provider),
            By(SpendDimension.Account),
            By(SpendDimension.Service),
            By(SpendDimension.Model),
            By(SpendDimension.Day));

        Assert.Equal(
            [
                "focus-csv|azure|acct-1|Azure OpenAI||2024-09-02",
                "focus-csv|azure||||2024-09-03",
                "litellm|anthropic|org-9||claude|2024-09-10",
            ],
            rows.Select(r => string.Join('|', r.Keys)));
    }

    [Fact]
    public async Task QuerySpend_AccountWithoutId_FallsBackToItsName()
    {
        var store = await NewStoreAsync();
        var line = Cost(10m, account: "acct-1");
        await ImportBillAsync(store, "bill.csv", new Core.Ledger.SpendRecord
        {
            Kind = line.Kind,
            RecordKey = line.RecordKey,
            Provider = line.Provider,
            BillingAccountName = "Contoso",
            ChargePeriodStart = line.ChargePeriodStart,
            ChargePeriodEnd = line.ChargePeriodEnd,
            BillingPeriodStart = line.BillingPeriodStart,
            BillingPeriodEnd = line.BillingPeriodEnd,
            Cost = 10m,
            CostMeasure = line.CostMeasure,
            Currency = "USD",
            AiScope = true,
        });

        var row = Assert.Single(await SpendAsync(store, By(SpendDimension.Account)));

        Assert.Equal("Contoso", row.Keys[0]);
    }
}
