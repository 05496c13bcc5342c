using ValueLedger.Core.Reconciliation;
using ValueLedger.Core.Storage;

namespace ValueLedger.Core.Tests.Reconciliation;

public sealed class EstimatedShareTests
{
    [Theory]
    [InlineData("80", "20", "0.2")]
    [InlineData("30", "10", "0.25")]
    [InlineData("100", "0", "0")]
    [InlineData("0", "5", "1")]
    [InlineData("-10", "5", "1")] // a credit counts 0: 5 / (0 + 5)
    [InlineData("100", "-5", "0")] // a negative estimate counts 0
    public void Of_Amounts_ShareWithinZeroAndOne(string ofRecord, string estimated, string expected)
    {
        Assert.Equal(D(expected), EstimatedShare.Of(D(ofRecord), D(estimated)));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-3", "0")]
    [InlineData("0", "-1")]
    public void Of_NoPositiveCost_IsNull(string ofRecord, string estimated)
    {
        Assert.Null(EstimatedShare.Of(D(ofRecord), D(estimated)));
    }

    [Fact]
    public void Of_Rows_SumsPositivePartsOfEachRow()
    {
        // Row 1: 100 of record. Row 2: a -50 credit (counts 0) and 25 estimated. 25 / 125 = 0.2.
        SpendRow[] rows = [Spend("100", "0"), Spend("-50", "25")];

        Assert.Equal(0.2m, EstimatedShare.Of(rows));
    }

    internal static SpendRow Spend(string ofRecord, string estimated, string currency = "USD") =>
        new(Keys: [], Currency: currency, Cost: D(ofRecord) + D(estimated), CostOfRecord: D(ofRecord), EstimatedUncovered: D(estimated),
            CoveredTelemetryEstimate: 0m, CostLines: 1, TelemetryRecords: 1, UnpricedTelemetryRecords: 0, Requests: 1, Tokens: 1);

    private static decimal D(string text) => ReconciliationRulesTests.D(text);
}
