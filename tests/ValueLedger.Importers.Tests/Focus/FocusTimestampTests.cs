using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>The spec's <c>T</c>/<c>Z</c> timestamps and the space-separated ones real files use.</summary>
public sealed class FocusTimestampTests
{
    [Theory]
    [InlineData("2024-09-18T22:00:00Z")]
    [InlineData("2024-09-18 22:00:00")]
    [InlineData("2024-09-18T22:00:00")]
    [InlineData("2024-09-18T22:00:00.000Z")]
    [InlineData("2024-09-18T23:00:00+01:00")]
    [InlineData("2024-09-18 22:00:00Z")]
    public async Task Read_TimestampShapes_AllGiveTheSameUtcInstant(string text)
    {
        var csv = new FocusCsvBuilder().Row(("ChargePeriodStart", text), ("ChargePeriodEnd", "2024-09-19T00:00:00Z"),
            ("BillingPeriodStart", "2024-09-01T00:00:00Z"), ("BillingPeriodEnd", "2024-10-01T00:00:00Z")).Build();
        var sink = await ImporterHarness.RunAsync(new FocusCsvImporter(), csv);
        Assert.Empty(sink.Errors);
        var start = Assert.Single(sink.Records).ChargePeriodStart;
        Assert.Equal(new DateTime(2024, 9, 18, 22, 0, 0, DateTimeKind.Utc), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
    }

    [Fact]
    public async Task Read_RepeatedThenChangedTimestamps_EachRowKeepsItsOwn()
    {
        var csv = new FocusCsvBuilder()
            .Row(("ChargePeriodStart", "2025-06-01 00:00:00"), ("ChargePeriodEnd", "2025-06-01 01:00:00"))
            .Row(("ChargePeriodStart", "2025-06-01 00:00:00"), ("ChargePeriodEnd", "2025-06-01 01:00:00"))
            .Row(("ChargePeriodStart", "2025-06-01T01:00:00Z"), ("ChargePeriodEnd", "2025-06-01T02:00:00Z"))
            .Build();
        var sink = await ImporterHarness.RunAsync(new FocusCsvImporter(), csv);
        Assert.Equal([0, 0, 1], sink.Records.Select(r => r.ChargePeriodStart.Hour));
        Assert.Equal([1, 1, 2], sink.Records.Select(r => r.ChargePeriodEnd.Hour));
    }

    [Theory]
    [InlineData("2024-02-29 00:00:00", true)]
    [InlineData("2023-02-29 00:00:00", false)]
    [InlineData("2024-09-18T24:00:00Z", false)]
    [InlineData("2024-09-18T22:60:00Z", false)]
    [InlineData("2024-9-18T22:00:00Z", false)]
    [InlineData("2024-09-18X22:00:00Z", false)]
    [InlineData("2024-09-18T22:00:00X", false)]
    [InlineData("0000-01-01T00:00:00Z", false)]
    [InlineData("２０２４-09-18T22:00:00Z", false)]
    public void TryParseFixed_Shapes_AreValidatedStrictly(string text, bool valid)
    {
        Assert.Equal(valid, FocusTimestampColumn.TryParseFixed(text, out var utc));
        if (valid)
        {
            Assert.Equal(DateTimeKind.Utc, utc.Kind);
        }
    }
}
