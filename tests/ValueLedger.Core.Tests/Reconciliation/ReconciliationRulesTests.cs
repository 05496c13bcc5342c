using ValueLedger.Core.Reconciliation;
using ValueLedger.Core.Storage;

namespace ValueLedger.Core.Tests.Reconciliation;

public sealed class ReconciliationRulesTests
{
    [Theory]
    // of record, estimate, cost lines, telemetry records -> status under the default (5 %, floor 1.00)
    [InlineData("100", "100", 3, 10, ReconciliationStatus.Matched)] // no variance
    [InlineData("100", "96", 3, 10, ReconciliationStatus.Matched)] // 4 = 4 %: above the floor, under 5 %
    [InlineData("100", "94", 3, 10, ReconciliationStatus.OverThreshold)] // 6 = 6 %
    [InlineData("100", "105", 3, 10, ReconciliationStatus.Matched)] // -5 = exactly 5 %: not above
    [InlineData("100", "106", 3, 10, ReconciliationStatus.OverThreshold)] // negative variance -6 = 6 %
    [InlineData("10", "8", 3, 10, ReconciliationStatus.OverThreshold)] // 2 = 20 %, above the floor
    [InlineData("10", "9.5", 3, 10, ReconciliationStatus.Matched)] // 0.5 = 5 %, under the floor
    [InlineData("0.50", "0.10", 1, 2, ReconciliationStatus.Matched)] // 80 % but 0.40 is under the floor: tiny month
    [InlineData("0", "3", 2, 5, ReconciliationStatus.OverThreshold)] // zero cost of record: unbounded ratio, 3 > floor
    [InlineData("0", "0.5", 2, 5, ReconciliationStatus.Matched)] // zero cost of record, variance under the floor
    [InlineData("-10", "0", 2, 5, ReconciliationStatus.OverThreshold)] // a credit month: |-10| against |-10|
    [InlineData("5", "0", 3, 0, ReconciliationStatus.BilledWithoutTelemetry)]
    [InlineData("0.01", "0", 1, 0, ReconciliationStatus.BilledWithoutTelemetry)] // flagged however small
    [InlineData("0", "5", 0, 4, ReconciliationStatus.TelemetryWithoutBill)]
    [InlineData("0", "0", 0, 4, ReconciliationStatus.TelemetryWithoutBill)] // unpriced telemetry, no bill
    public void Decide_DefaultThreshold_GivesStatus(string ofRecord, string estimate, long costLines, long telemetry, ReconciliationStatus expected)
    {
        var row = Row(ofRecord, estimate, costLines, telemetry);

        Assert.Equal(expected, ReconciliationRules.Decide(row, VarianceThreshold.Default));
    }

    [Theory]
    [InlineData("100", "91", ReconciliationStatus.Matched)] // 9 % under 10 %
    [InlineData("100", "89", ReconciliationStatus.OverThreshold)] // 11 %
    [InlineData("0.50", "0.10", ReconciliationStatus.OverThreshold)] // no floor: 80 % of a tiny month counts
    public void Decide_TenPercentNoFloor_GivesStatus(string ofRecord, string estimate, ReconciliationStatus expected)
    {
        Assert.Equal(expected, ReconciliationRules.Decide(Row(ofRecord, estimate, 1, 1), new VarianceThreshold(0.10m, 0m)));
    }

    [Theory]
    [InlineData(ReconciliationStatus.Matched, false)]
    [InlineData(ReconciliationStatus.OverThreshold, true)]
    [InlineData(ReconciliationStatus.BilledWithoutTelemetry, true)]
    [InlineData(ReconciliationStatus.TelemetryWithoutBill, true)]
    public void IsFlagged_EverythingButMatched(ReconciliationStatus status, bool expected) =>
        Assert.Equal(expected, ReconciliationRules.IsFlagged(status));

    internal static ReconciliationRow Row(string ofRecord, string estimate, long costLines, long telemetry, string currency = "USD") =>
        new("openai", null, "2026-01", currency, D(ofRecord), D(estimate), costLines, telemetry, 0);

    internal static decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
