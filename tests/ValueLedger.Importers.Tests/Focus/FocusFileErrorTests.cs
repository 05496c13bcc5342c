using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>Whole-file problems (empty, header only, not FOCUS): one fatal error, never an exception.</summary>
public sealed class FocusFileErrorTests
{
    private readonly FocusCsvImporter _importer = new();

    private Task<CollectingSink> ReadAsync(string text) => ImporterHarness.RunAsync(_importer, text);

    [Fact]
    public async Task Read_MissingRequiredColumns_OneFatalErrorListingEveryOne()
    {
        var text = new FocusCsvBuilder().Without("BilledCost", "ServiceName", "ProviderName", "ChargePeriodEnd").Row().Build();
        var sink = await ReadAsync(text);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Empty(sink.Records);
        Assert.Contains("BilledCost", error.Reason, StringComparison.Ordinal);
        Assert.Contains("ServiceName", error.Reason, StringComparison.Ordinal);
        Assert.Contains("ChargePeriodEnd", error.Reason, StringComparison.Ordinal);
        Assert.Contains("ProviderName (or ServiceProviderName)", error.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("BillingCurrency", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_OtherFormatsCsv_FatalMissingColumns()
    {
        var sink = await ReadAsync("request_id,model,spend\nabc,gpt-4o,0.01\n");
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.StartsWith("not a FOCUS file", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ColumnNameInOtherCase_CountsAsMissing()
    {
        var text = new FocusCsvBuilder().Row().Build().Replace("BilledCost", "billedcost", StringComparison.Ordinal);
        var error = Assert.Single((await ReadAsync(text)).Errors);
        Assert.Contains("BilledCost", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public async Task Read_EmptyOrBomOnly_FatalEmpty(string text)
    {
        var error = Assert.Single((await ReadAsync(text)).Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    public async Task Read_HeaderOnly_FatalHeaderButNoRows(string after)
    {
        var sink = await ReadAsync(new FocusCsvBuilder().Build() + after);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal("the file has a header but no rows", error.Reason);
    }

    [Fact]
    public async Task Read_DuplicateColumnInHeader_FatalNotThrown()
    {
        var sink = await ReadAsync(new FocusCsvBuilder().WithColumns("BilledCost").Row().Build());
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal(1, error.Line);
    }

    [Fact]
    public async Task Read_UnknownExtraColumns_AreIgnored()
    {
        var text = new FocusCsvBuilder().WithColumns("Id", "x_Vendor", "VendorSpecificThing").Row(("Id", "42"), ("x_Vendor", "{\"a\": 1}")).Build();
        var sink = await ReadAsync(text);
        Assert.Empty(sink.Errors);
        Assert.Single(sink.Records);
    }
}
