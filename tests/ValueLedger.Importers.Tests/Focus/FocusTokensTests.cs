using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>Token units, directions and counts on AI charge lines (kinds as names: the enum is internal).</summary>
public sealed class FocusTokensTests
{
    private const string Ai = "AI and Machine Learning";

    [Theory]
    [InlineData("Tokens", 1L)]
    [InlineData("token", 1L)]
    [InlineData("1K Tokens", 1_000L)]
    [InlineData("1k tokens", 1_000L)]
    [InlineData("1000 Tokens", 1_000L)]
    [InlineData("1000000 Tokens", 1_000_000L)]
    [InlineData("1M tokens", 1_000_000L)]
    [InlineData(" 100 Tokens ", 100L)]
    [InlineData("Hours", null)]
    [InlineData("Tokens/Hour", null)]
    [InlineData("1.5K Tokens", null)]
    [InlineData("0 Tokens", null)]
    [InlineData("-1000 Tokens", null)]
    [InlineData("Million Tokens", null)]
    [InlineData("99999999999 Tokens", null)]
    [InlineData("", null)]
    public void TryGetUnitMultiplier_Units_GiveTheirMultiplier(string unit, long? expected)
    {
        var ok = FocusTokens.TryGetUnitMultiplier(unit, out var multiplier);
        Assert.Equal(expected, ok ? multiplier : null);
    }

    [Theory]
    [InlineData("Input Tokens", "Input")]
    [InlineData("Output Tokens", "Output")]
    [InlineData("gpt-4o-0513-Inp-glbl", "Input")]
    [InlineData("gpt-4o-0513-Outp-glbl", "Output")]
    [InlineData("USE1-Claude4Sonnet-input-tokens", "Input")]
    [InlineData("Prompt Tokens", "Input")]
    [InlineData("Completion Tokens", "Output")]
    [InlineData("Cached Input Tokens", "CachedRead")]
    [InlineData("Cache Read Input Tokens", "CachedRead")]
    [InlineData("Cache Write Tokens", "CacheWrite")]
    [InlineData("Cache Creation Input Tokens", "CacheWrite")]
    [InlineData("Input and Output Tokens", "Unknown")]
    [InlineData("Cache Tokens", "Unknown")]
    [InlineData("Cached Output Tokens", "Unknown")]
    [InlineData("Tokens", "Unknown")]
    [InlineData("Standard Inputs", "Unknown")]
    public void KindFromMeter_Meters_GiveTheirDirection(string meter, string expected)
    {
        Assert.Equal(expected, FocusTokens.KindFromMeter(meter).ToString());
    }

    [Theory]
    [InlineData("Input", null, "Input")]
    [InlineData("output", null, "Output")]
    [InlineData("Input", "None", "Input")]
    [InlineData("Input", "Read", "CachedRead")]
    [InlineData("Input", "Write", "CacheWrite")]
    [InlineData(null, "Read", "CachedRead")]
    [InlineData("Output", "Read", "Unknown")]
    [InlineData("Sideways", null, "Unknown")]
    [InlineData("Input", "Evict", "Unknown")]
    [InlineData(null, null, "Unknown")]
    public void KindFromDetails_Values_GiveTheirDirection(string? direction, string? cacheAction, string expected)
    {
        Assert.Equal(expected, FocusTokens.KindFromDetails(direction, cacheAction).ToString());
    }

    [Theory]
    [InlineData("1500", 1L, 1500L)]
    [InlineData("1.5", 1000L, 1500L)]
    [InlineData("0.0015", 1000L, null)]
    [InlineData("-2", 1000L, -2000L)]
    [InlineData("79228162514264337593543950335", 1000000L, null)]
    public void Count_QuantityTimesMultiplier_OnlyWhenWhole(string quantity, long multiplier, long? expected)
    {
        Assert.Equal(expected, FocusTokens.Count(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), multiplier));
    }

    [Fact]
    public async Task Read_PricingUnitOnlyIsTokenUnit_UsesPricingQuantity()
    {
        var csv = new FocusCsvBuilder().Row(("ServiceCategory", Ai), ("ConsumedUnit", "Requests"), ("ConsumedQuantity", "3"),
            ("PricingUnit", "1000 Tokens"), ("PricingQuantity", "2.5"), ("SkuMeter", "Output Tokens")).Build();
        var record = Assert.Single((await ImporterHarness.RunAsync(new FocusCsvImporter(), csv)).Records);
        Assert.Equal(2_500L, record.OutputTokens);
    }

    [Fact]
    public async Task Read_PriceDetailsDirection_WinsOverMeter()
    {
        var csv = new FocusCsvBuilder().Row(("ServiceCategory", Ai), ("ConsumedUnit", "Tokens"), ("ConsumedQuantity", "10"),
            ("SkuMeter", "Output Tokens"), ("SkuPriceDetails", "{\"TokenDirection\": \"Input\", \"ModelId\": \"m-1\"}")).Build();
        var record = Assert.Single((await ImporterHarness.RunAsync(new FocusCsvImporter(), csv)).Records);
        Assert.Equal((10L, (long?)null, "m-1"), (record.InputTokens!.Value, record.OutputTokens, record.Model));
    }

    [Theory]
    [InlineData("Compute", "Tokens", "10", "Input Tokens")]
    [InlineData(Ai, "Tokens", "10.5", "Input Tokens")]
    [InlineData(Ai, "Tokens", "10", "")]
    [InlineData(Ai, "Hours", "10", "Input Tokens")]
    [InlineData(Ai, "Tokens", "NULL", "Input Tokens")]
    public async Task Read_NotClearlyATokenLine_TokensStayUnknown(string category, string unit, string quantity, string meter)
    {
        var csv = new FocusCsvBuilder().Row(("ServiceCategory", category), ("ConsumedUnit", unit), ("ConsumedQuantity", quantity),
            ("PricingUnit", "Hours"), ("SkuMeter", meter)).Build();
        var sink = await ImporterHarness.RunAsync(new FocusCsvImporter(), csv);
        Assert.Empty(sink.Errors);
        Assert.Equal(0, Assert.Single(sink.Records).TotalTokens);
    }

    [Fact]
    public async Task Read_NonNumericConsumedQuantityOnTokenLine_RowError()
    {
        var csv = new FocusCsvBuilder().Row(("ServiceCategory", Ai), ("ConsumedUnit", "Tokens"), ("ConsumedQuantity", "many"),
            ("SkuMeter", "Input Tokens")).Build();
        var error = Assert.Single((await ImporterHarness.RunAsync(new FocusCsvImporter(), csv)).Errors);
        Assert.Equal("ConsumedQuantity", error.Column);
    }

    [Theory]
    [InlineData(" ai and machine learning ", true)]
    [InlineData("AI and Machine Learning", true)]
    [InlineData("AI", false)]
    [InlineData("Compute", false)]
    public async Task Read_ServiceCategory_DecidesAiScope(string category, bool expected)
    {
        var csv = new FocusCsvBuilder().Row(("ServiceCategory", category)).Build();
        var record = Assert.Single((await ImporterHarness.RunAsync(new FocusCsvImporter(), csv)).Records);
        Assert.Equal(expected, record.AiScope);
    }

    [Fact]
    public async Task Read_SkuPriceDetailsNotJson_ModelUnknownRowKept()
    {
        var csv = new FocusCsvBuilder().Row(("SkuPriceDetails", "{ModelId: broken")).Build();
        var sink = await ImporterHarness.RunAsync(new FocusCsvImporter(), csv);
        Assert.Empty(sink.Errors);
        Assert.Null(Assert.Single(sink.Records).Model);
    }
}
