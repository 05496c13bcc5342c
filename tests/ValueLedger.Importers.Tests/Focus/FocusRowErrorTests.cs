using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>Row-level problems: an error naming the line (and column), the other rows still read.</summary>
public sealed class FocusRowErrorTests
{
    private readonly FocusCsvImporter _importer = new();

    private Task<CollectingSink> ReadAsync(string text) => ImporterHarness.RunAsync(_importer, text);

    [Theory]
    [InlineData("BilledCost", "12,50")]
    [InlineData("BilledCost", "abc")]
    [InlineData("EffectiveCost", "1.0.0")]
    [InlineData("ListCost", "$1")]
    [InlineData("PricingQuantity", "two")]
    [InlineData("ChargePeriodStart", "18/09/2024 22:00")]
    [InlineData("ChargePeriodEnd", "2025-13-01T00:00:00Z")]
    [InlineData("BillingPeriodStart", "2025-02-30 00:00:00")]
    [InlineData("BillingPeriodEnd", "yesterday")]
    [InlineData("BillingCurrency", "XYZ")]
    [InlineData("BillingCurrency", "US Dollar")]
    [InlineData("Tags", "{\"team\": ")]
    [InlineData("Tags", "[\"a\", \"b\"]")]
    [InlineData("BilledCost", "NULL")]
    [InlineData("ChargePeriodStart", "")]
    [InlineData("BillingCurrency", "NULL")]
    public async Task Read_BadCell_RowErrorNamingTheColumnAndOtherRowsKept(string column, string value)
    {
        var text = new FocusCsvBuilder().Row().Row((column, value)).Row().Build();
        var sink = await ReadAsync(text);
        var error = Assert.Single(sink.Errors);
        Assert.Equal((3L, column, false), (error.Line, error.Column, error.IsFatal));
        Assert.Equal([2L, 4L], sink.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_ChargePeriodEndBeforeStart_RowError()
    {
        var text = new FocusCsvBuilder()
            .Row(("ChargePeriodStart", "2025-06-02T00:00:00Z"), ("ChargePeriodEnd", "2025-06-01T23:00:00Z"))
            .Build();
        var error = Assert.Single((await ReadAsync(text)).Errors);
        Assert.Equal((2L, "ChargePeriodEnd"), (error.Line, error.Column));
        Assert.Contains("before ChargePeriodStart", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_EmptyChargePeriod_IsAccepted()
    {
        var text = new FocusCsvBuilder().Row(("ChargePeriodStart", "2025-06-01T00:00:00Z"), ("ChargePeriodEnd", "2025-06-01T00:00:00Z")).Build();
        var sink = await ReadAsync(text);
        Assert.Empty(sink.Errors);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_TruncatedLastLine_ErrorOnThatLine()
    {
        var builder = new FocusCsvBuilder();
        var line = builder.Line();
        var text = builder.Row().Build() + line[..(line.Length / 2)];
        var sink = await ReadAsync(text);
        var error = Assert.Single(sink.Errors);
        Assert.Equal((3L, null, false), (error.Line, error.Column, error.IsFatal));
        Assert.Contains("columns", error.Reason, StringComparison.Ordinal);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_UnbalancedQuoteOnLastLine_ErrorNotMergedRecord()
    {
        // The quote opens in the last cell, so the column count alone would look right.
        var builder = new FocusCsvBuilder();
        var text = builder.Row().Build() + builder.Line(("Tags", "")) + "\"{\"team\": 1}\n";
        var sink = await ReadAsync(text);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("never closed", error.Reason, StringComparison.Ordinal);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_UnbalancedQuoteMidFile_SwallowedRowsAreAnErrorNotARecord()
    {
        var builder = new FocusCsvBuilder();
        var bad = builder.Line(("ChargeDescription", "x")).Replace(",x,", ",\"x,", StringComparison.Ordinal);
        var text = builder.Row().RawLine(bad).Row().Row().Build();
        var sink = await ReadAsync(text);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(3, error.Line);
        Assert.Equal([2L], sink.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_StrictSinkOnBadRow_StopsThere()
    {
        var text = new FocusCsvBuilder().Row().Row(("BilledCost", "x")).Row(("BilledCost", "y")).Row().Build();
        var sink = await ImporterHarness.RunAsync(_importer, text, strict: true);
        Assert.Single(sink.Errors);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_BlankLines_AreSkipped()
    {
        var text = new FocusCsvBuilder().Row().RawLine("").Row().RawLine("").Build();
        var sink = await ReadAsync(text);
        Assert.Empty(sink.Errors);
        Assert.Equal([2L, 4L], sink.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_MultiLineQuotedDescription_KeyIsItsFirstLine()
    {
        var text = new FocusCsvBuilder().Row(("ChargeDescription", "two\nlines")).Row().Build();
        var sink = await ReadAsync(text);
        Assert.Empty(sink.Errors);
        Assert.Equal(("2", "two\nlines"), (sink.Records[0].RecordKey, sink.Records[0].ChargeDescription));
        Assert.Equal("4", sink.Records[1].RecordKey);
    }

    [Fact]
    public async Task Read_TenMegabyteDescription_IsReadWhole()
    {
        var huge = new string('d', 10_000_000);
        var sink = await ReadAsync(new FocusCsvBuilder().Row(("ChargeDescription", huge)).Row().Build());
        Assert.Empty(sink.Errors);
        Assert.Equal(10_000_000, sink.Records[0].ChargeDescription!.Length);
        Assert.Equal(2, sink.Records.Count);
    }

    [Fact]
    public async Task Read_TenMegabyteBadCost_ErrorExcerptIsCut()
    {
        var sink = await ReadAsync(new FocusCsvBuilder().Row(("BilledCost", new string('9', 5_000_000) + "x" + new string('9', 5_000_000))).Build());
        var error = Assert.Single(sink.Errors);
        Assert.Equal("BilledCost", error.Column);
        Assert.True(error.Raw!.Length <= RowError.MaxRawLength + 1);
        Assert.True(error.Reason.Length < 200);
    }

    [Fact]
    public async Task Read_TenMegabyteTags_ErrorExcerptIsCut()
    {
        var sink = await ReadAsync(new FocusCsvBuilder().Row(("Tags", "{\"k\": \"" + new string('v', 10_000_000))).Build());
        var error = Assert.Single(sink.Errors);
        Assert.Equal("Tags", error.Column);
        Assert.True(error.Raw!.Length <= RowError.MaxRawLength + 1);
        Assert.True(error.Reason.Length < 500);
    }

    [Fact]
    public async Task Read_QuoteNeverClosedInHugeInput_FatalNotThrown()
    {
        // Sep refuses rows over 16 M characters; an unclosed quote early in a big file makes one.
        var builder = new FocusCsvBuilder().Row();
        var line = builder.Line();
        var text = new StringBuilder(builder.Build()).Append("\"open,");
        while (text.Length < 17_000_000)
        {
            text.Append(line).Append('\n');
        }

        var sink = await ReadAsync(text.ToString());
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Equal(3, error.Line);
        Assert.Single(sink.Records);
    }
}
