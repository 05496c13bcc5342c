using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>Recomputing price-book estimates.</summary>
public abstract partial class SpendStoreContractTests
{
    private static readonly FakePricer Prices = new(new Dictionary<string, (decimal, decimal)>
    {
        ["gpt-4o"] = (0.0000025m, 0.00001m),
        ["claude"] = (0.000003m, 0.000015m),
    });

    [Fact]
    public async Task Reprice_UnpricedAndPriceBookRecords_PricedAndUnknownModelsListed()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [
            Usage(cost: null, model: "gpt-4o", inputTokens: 1000, outputTokens: 100),
            Usage(cost: 5m, model: "gpt-4o", costMeasure: CostMeasures.PriceBook, priceId: "old", inputTokens: 2000, outputTokens: 0),
            Usage(cost: 9m, model: "gpt-4o", costMeasure: CostMeasures.SourceEstimate),
            Usage(cost: null, model: "mystery"),
            Usage(cost: null, model: "mystery"),
            Usage(cost: null, model: null, provider: "anthropic"),
        ]);

        var result = await store.RepriceAsync(Prices, null, null, null, CancellationToken.None);
        var total = await TotalAsync(store);

        Assert.Equal(2, result.RecordsRepriced);
        Assert.Equal(2, result.RecordsChanged);
        Assert.Equal(3, result.RecordsUnpriced);
        Assert.Equal([("anthropic", (string?)null, 1L), ("openai", "mystery", 2L)], result.UnknownModels);

        // 1000 x 0.0000025 + 100 x 0.00001 = 0.0035; 2000 x 0.0000025 = 0.005; the source estimate 9 stays.
        Assert.Equal(9.0085m, total.Cost);
        Assert.Equal(3, total.UnpricedTelemetryRecords);
    }

    [Fact]
    public async Task Reprice_Twice_SecondChangesNothing()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(cost: null, model: "claude", inputTokens: 10, outputTokens: 10)]);
        await store.RepriceAsync(Prices, null, null, null, CancellationToken.None);

        var again = await store.RepriceAsync(Prices, null, null, null, CancellationToken.None);

        Assert.Equal(1, again.RecordsRepriced);
        Assert.Equal(0, again.RecordsChanged);
        Assert.Equal(0.00018m, (await TotalAsync(store)).Cost);
    }

    [Fact]
    public async Task Reprice_Period_LeavesRecordsOutsideItAlone()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(cost: null, inputTokens: 1000, outputTokens: 0), Usage(cost: null, inputTokens: 1000, outputTokens: 0, at: October.AddDays(1))]);

        var result = await store.RepriceAsync(Prices, October, November, null, CancellationToken.None);
        var rows = await SpendAsync(store, By(SpendDimension.Month));

        Assert.Equal(1, result.RecordsRepriced);
        Assert.Equal([1L, 0L], rows.Select(r => r.UnpricedTelemetryRecords));
        Assert.Equal([0m, 0.0025m], rows.Select(r => r.Cost));
    }

    [Fact]
    public async Task Reprice_PriceBookRecordWhoseModelLostItsPrice_LosesItsEstimate()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(cost: 5m, model: "retired", costMeasure: CostMeasures.PriceBook, priceId: "openai/retired")]);

        var result = await store.RepriceAsync(Prices, null, null, null, CancellationToken.None);
        var total = await TotalAsync(store);

        Assert.Equal(1, result.RecordsChanged);
        Assert.Equal(0m, total.Cost);
        Assert.Equal(1, total.UnpricedTelemetryRecords);
    }
}
