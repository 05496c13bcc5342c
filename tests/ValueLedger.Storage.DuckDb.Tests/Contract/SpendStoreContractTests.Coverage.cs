using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>Cost of record and telemetry are never added: coverage, estimates, currencies.</summary>
public abstract partial class SpendStoreContractTests
{
    [Fact]
    public async Task QuerySpend_TelemetryCoveredByBill_NotAddedButShownApart()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, provider: "openai", account: null));
        await ImportAsync(store, "usage.csv", [Usage(cost: 30m, requests: 3, inputTokens: 10, outputTokens: 5)]);

        var total = await TotalAsync(store);

        Assert.Equal(100m, total.Cost);
        Assert.Equal(100m, total.CostOfRecord);
        Assert.Equal(0m, total.EstimatedUncovered);
        Assert.Equal(30m, total.CoveredTelemetryEstimate);
        Assert.Equal(1, total.CostLines);
        Assert.Equal(1, total.TelemetryRecords);
        Assert.Equal(3, total.Requests);
        Assert.Equal(15, total.Tokens);
    }

    [Fact]
    public async Task QuerySpend_TelemetryInMonthWithoutBill_AddedAsEstimated()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, provider: "openai", account: null));
        await ImportAsync(store, "usage.csv", [Usage(cost: 30m), Usage(cost: 7m, at: October.AddDays(2)), Usage(cost: 1m, provider: "anthropic")]);

        var rows = await SpendAsync(store, By(SpendDimension.Provider), By(SpendDimension.Month));

        Assert.Equal(["anthropic|2024-09", "openai|2024-09", "openai|2024-10"], rows.Select(r => string.Join('|', r.Keys)));
        Assert.Equal([1m, 100m, 7m], rows.Select(r => r.Cost));
        Assert.Equal([1m, 0m, 7m], rows.Select(r => r.EstimatedUncovered));
        Assert.Equal([0m, 30m, 0m], rows.Select(r => r.CoveredTelemetryEstimate));
    }

    [Fact]
    public async Task QuerySpend_AccountsNamedOnBothSides_CoverOnlyWhenTheyMatch()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, provider: "openai", account: "org-A"));
        await ImportAsync(store, "usage.csv", [
            Usage(cost: 1m, account: "org-A"),
            Usage(cost: 2m, account: "org-B"),
            Usage(cost: 4m, account: null),
        ]);

        var total = await TotalAsync(store);

        Assert.Equal(5m, total.CoveredTelemetryEstimate);
        Assert.Equal(2m, total.EstimatedUncovered);
        Assert.Equal(102m, total.Cost);
    }

    [Fact]
    public async Task QuerySpend_SubAccountsNamedOnBothSides_CoverOnlyWhenTheyMatch()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, provider: "openai", account: null, subAccount: "proj-1"));
        await ImportAsync(store, "usage.csv", [Usage(cost: 1m, subAccount: "proj-1"), Usage(cost: 2m, subAccount: "proj-2"), Usage(cost: 4m)]);

        var total = await TotalAsync(store);

        Assert.Equal(5m, total.CoveredTelemetryEstimate);
        Assert.Equal(2m, total.EstimatedUncovered);
    }

    [Fact]
    public async Task QuerySpend_GatewayProjectsAreNotBillSubAccounts_CoveredByProviderAndMonth()
    {
        // An Azure bill names subscriptions; a gateway log names its own projects. The same call is in
        // both, so the gateway's estimate must not be added on top of the bill.
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "azure.csv", Cost(100m, provider: "azure", account: "ea-1", subAccount: "subscription-1"));
        await ImportAsync(store, "gateway.csv", [Usage(cost: 30m, provider: "azure", subAccount: "support-copilot"), Usage(cost: 20m, provider: "azure", subAccount: "sales-drafts")], format: "gateway");

        var total = await TotalAsync(store);

        Assert.Equal(100m, total.Cost);
        Assert.Equal(50m, total.CoveredTelemetryEstimate);
        Assert.Equal(0m, total.EstimatedUncovered);
    }

    [Fact]
    public async Task QuerySpend_SharedProjectIdsOneFormatUnbilledProject_Uncovered()
    {
        // OpenAI usage and OpenAI costs share project ids: a project with usage but no cost this month is not covered.
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "costs.json", Cost(100m, provider: "openai", account: null, subAccount: "proj_a"));
        await ImportAsync(store, "usage.json", [Usage(cost: 30m, subAccount: "proj_a"), Usage(cost: 8m, subAccount: "proj_b")], format: "api-usage");
        await ImportAsync(store, "gateway.csv", [Usage(cost: 5m, subAccount: "support-copilot")], format: "gateway");

        var total = await TotalAsync(store);

        Assert.Equal(35m, total.CoveredTelemetryEstimate);
        Assert.Equal(8m, total.EstimatedUncovered);
        Assert.Equal(108m, total.Cost);
    }

    [Fact]
    public async Task QuerySpend_NonAiBillOfProvider_DoesNotCoverItsTelemetry()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(50m, account: null, aiScope: false, service: "Storage"));
        await ImportAsync(store, "usage.csv", [Usage(cost: 3m, provider: "azure")]);

        var ai = await TotalAsync(store);
        var all = await TotalAsync(store, SpendScope.All);

        Assert.Equal(3m, ai.Cost);
        Assert.Equal(0, ai.CostLines);
        Assert.Equal(53m, all.Cost);
        Assert.Equal(3m, all.EstimatedUncovered);
    }

    [Fact]
    public async Task QuerySpend_DifferentCurrencies_NeverSummed()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, currency: "EUR"), Cost(10m, account: "acct-2", currency: "USD"));
        await ImportAsync(store, "usage.csv", [Usage(cost: 1m, currency: "USD", provider: "anthropic"), Usage(cost: 2m, currency: "GBP", provider: "anthropic")]);

        var rows = await SpendAsync(store);

        Assert.Equal(["EUR", "GBP", "USD"], rows.Select(r => r.Currency));
        Assert.Equal([100m, 2m, 11m], rows.Select(r => r.Cost));
    }

    [Fact]
    public async Task QuerySpend_UnpricedTelemetry_CountedButAddsNothing()
    {
        var store = await NewStoreAsync();
        await ImportAsync(store, "usage.csv", [Usage(cost: null, model: "mystery"), Usage(cost: 2m)]);

        var total = await TotalAsync(store);

        Assert.Equal(2m, total.Cost);
        Assert.Equal(2, total.TelemetryRecords);
        Assert.Equal(1, total.UnpricedTelemetryRecords);
    }
}
