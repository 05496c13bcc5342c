using ValueLedger.Core.Reconciliation;
using ValueLedger.Core.Storage;
using static ValueLedger.Core.Tests.Reconciliation.ReconciliationRulesTests;

namespace ValueLedger.Core.Tests.Reconciliation;

public sealed class ReconciliationSummaryTests
{
    [Fact]
    public void Build_TwoCurrencies_CountsStatusesAndShares()
    {
        ReconciliationRow[] rows =
        [
            Row("100", "99", 1, 1), // USD matched
            Row("100", "80", 1, 1), // USD over threshold
            Row("5", "0", 1, 0), // USD billed with no telemetry
            Row("0", "2", 0, 3, "EUR"), // EUR telemetry with no bill
        ];
        SpendRow[] spend = [EstimatedShareTests.Spend("205", "0"), EstimatedShareTests.Spend("0", "2", "EUR")];

        var summaries = ReconciliationSummary.Build(rows, VarianceThreshold.Default, spend);

        Assert.Equal(["EUR", "USD"], summaries.Select(s => s.Currency));
        var eur = summaries[0];
        Assert.Equal(2m, eur.EstimatedUncovered);
        Assert.Equal(1m, eur.EstimatedShare);
        Assert.Equal(1, eur.StatusCounts[ReconciliationStatus.TelemetryWithoutBill]);
        Assert.Equal(1, eur.Flagged);
        var usd = summaries[1];
        Assert.Equal(205m, usd.CostOfRecord);
        Assert.Equal(0m, usd.EstimatedShare);
        Assert.Equal(1, usd.StatusCounts[ReconciliationStatus.Matched]);
        Assert.Equal(1, usd.StatusCounts[ReconciliationStatus.OverThreshold]);
        Assert.Equal(1, usd.StatusCounts[ReconciliationStatus.BilledWithoutTelemetry]);
        Assert.Equal(0, usd.StatusCounts[ReconciliationStatus.TelemetryWithoutBill]);
        Assert.Equal(2, usd.Flagged);
    }

    [Fact]
    public void Build_Nothing_IsEmpty()
    {
        Assert.Empty(ReconciliationSummary.Build([], VarianceThreshold.Default, []));
    }
}
