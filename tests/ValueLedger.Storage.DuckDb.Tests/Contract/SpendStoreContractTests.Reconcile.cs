using ValueLedger.Core.Storage;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Contract;

/// <summary>Reconciliation of cost of record against telemetry estimates.</summary>
public abstract partial class SpendStoreContractTests
{
    [Fact]
    public async Task Reconcile_TelemetryNamingAccounts_RowPerAccountIncludingOneSidedRows()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, provider: "openai", account: "org-A"), Cost(40m, provider: "openai", account: "org-B"));
        await ImportAsync(store, "usage.csv", [
            Usage(cost: 90m, account: "org-A"),
            Usage(cost: null, account: "org-A", model: "mystery"),
            Usage(cost: 3m, account: "org-C"),
        ]);

        var rows = await store.ReconcileAsync(null, null, CancellationToken.None);

        Assert.Equal(
            [
                new ReconciliationRow("openai", "org-A", "2024-09", "USD", 100m, 90m, 1, 2, 1),
                new ReconciliationRow("openai", "org-B", "2024-09", "USD", 40m, 0m, 1, 0, 0),
                new ReconciliationRow("openai", "org-C", "2024-09", "USD", 0m, 3m, 0, 1, 0),
            ],
            rows);
        Assert.Equal(10m, rows[0].Variance);
        Assert.Equal(0.1m, rows[0].VarianceRatio);
        Assert.Null(rows[2].VarianceRatio);
    }

    [Fact]
    public async Task Reconcile_TelemetryWithoutAccount_ComparesProvidersWholeMonth()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(
            store,
            "bill.csv",
            Cost(100m, provider: "openai", account: "org-A"),
            Cost(40m, provider: "openai", account: "org-B"),
            Cost(7m, provider: "openai", account: "org-A", day: October.AddDays(3)));
        await ImportAsync(store, "usage.csv", [Usage(cost: 120m), Usage(cost: 5m, account: "org-A"), Usage(cost: 6m, at: November.AddDays(1))]);

        var rows = await store.ReconcileAsync(null, null, CancellationToken.None);

        Assert.Equal(
            [
                new ReconciliationRow("openai", null, "2024-09", "USD", 140m, 125m, 2, 2, 0),
                new ReconciliationRow("openai", null, "2024-11", "USD", 0m, 6m, 0, 1, 0),
                new ReconciliationRow("openai", "org-A", "2024-10", "USD", 7m, 0m, 1, 0, 0),
            ],
            rows);
    }

    [Fact]
    public async Task Reconcile_PeriodAndScope_OnlyAiRecordsInPeriod()
    {
        var store = await NewStoreAsync();
        await ImportBillAsync(store, "bill.csv", Cost(100m, account: "A"), Cost(9m, account: "A", aiScope: false, service: "Storage"), Cost(8m, account: "A", day: October.AddDays(1)));

        var rows = await store.ReconcileAsync(September, October, CancellationToken.None);

        var row = Assert.Single(rows);
        Assert.Equal(100m, row.CostOfRecord);
        Assert.Equal("2024-09", row.Month);
    }
}
