using static ValueLedger.Storage.DuckDb.Tests.Allocation.AllocationFixture;
using static ValueLedger.Storage.DuckDb.Tests.Contract.SpendRecordBuilder;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

/// <summary>Telemetry split shares: rounding, remainders and credits (see the Telemetry part for the setting).</summary>
public sealed partial class AllocationEngineTests
{
    [Theory]
    [InlineData("10", "3.3333333334", "3.3333333333", "3.3333333333")]
    [InlineData("0.0000000001", "0.0000000001", "0", "0")]
    [InlineData("-10", "-3.3333333334", "-3.3333333333", "-3.3333333333")]
    public async Task Allocate_TelemetrySplitInThreeEqualParts_SharesSumExactlyToTheLine(string cost, string a, string b, string c)
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture)));
        await ImportBillAsync(store, TeamUsage(1m, "a"), TeamUsage(1m, "b"), TeamUsage(1m, "c"));

        await store.AllocateAsync(Split(targets: [Target("A"), Target("B"), Target("C")]), From, To, CancellationToken.None);

        Assert.Equal(
            [$"cost|A|ia|{a}|telemetry|rule:shared|-|-", $"cost|B|-|{b}|telemetry|rule:shared|-|-", $"cost|C|-|{c}|telemetry|rule:shared|-|-"],
            await ExplainedRowsAsync(store));
    }

    [Fact]
    public async Task Allocate_CreditLineSplitByTelemetry_IsNegativeInTheSameProportions()
    {
        await using var store = await OpenAsync(temp);
        await ImportBillAsync(store, Cost(-10m));
        await ImportBillAsync(store, TeamUsage(0.3m, "a"), TeamUsage(0.7m, "b"));

        await store.AllocateAsync(Split(), From, To, CancellationToken.None);

        Assert.Equal(["cost|A|ia|-3|telemetry|rule:shared|-|-", "cost|B|-|-7|telemetry|rule:shared|-|-"], await ExplainedRowsAsync(store));
    }
}
