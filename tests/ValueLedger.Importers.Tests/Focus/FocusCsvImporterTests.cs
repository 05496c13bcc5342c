using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>The importer contract, plus the mapping of a hand-written FOCUS 1.2 file.</summary>
public sealed class FocusCsvImporterTests : ImporterContractTests
{
    private const string SmallSample = "focus-1.2-small.csv";

    protected override ISpendImporter Importer { get; } = new FocusCsvImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => (SmallSample, ImporterHarness.Fixture("Focus", SmallSample));

    protected override (string FileName, byte[] Bytes) SampleWithBadRow =>
        ("focus-1.2-bad-cost.csv", ImporterHarness.Fixture("Focus", "focus-1.2-bad-cost.csv"));

    protected override long BadRowLine => 4;

    [Fact]
    public void Importer_Identity_IsFocusReplacingBillingPeriods()
    {
        Assert.Equal("focus", Importer.Format);
        Assert.Equal(ReplacementPolicy.ReplaceBillingPeriods, Importer.Replacement);
        Assert.Same(Importer.GetType(), ImporterRegistry.Find("FOCUS")?.GetType());
    }

    [Fact]
    public void Detect_HeaderWithoutFocusColumns_IsNotClaimed()
    {
        var detection = ImporterHarness.Detect(Importer, Encoding.UTF8.GetBytes("date,amount,currency\n2025-06-01,1.00,USD\n"), "costs.csv");
        Assert.Equal(0, detection.Confidence);
    }

    [Fact]
    public void Detect_FocusHeaderMissingAColumn_IsBelowClaimThreshold()
    {
        var text = new FocusCsvBuilder().Without("ServiceName").Row().Build();
        Assert.True(ImporterHarness.Detect(Importer, Encoding.UTF8.GetBytes(text), "x.csv").Confidence < 50);
    }

    [Fact]
    public void Detect_QuotedHeaderWithBom_IsCertain()
    {
        var header = string.Join(",", new FocusCsvBuilder().Build().TrimEnd('\n').Split(',').Select(n => $"\"{n}\""));
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(header + "\n")).ToArray();
        Assert.Equal(100, ImporterHarness.Detect(Importer, bytes, "export").Confidence);
    }

    [Fact]
    public async Task Read_Focus12Sample_MapsTheFirstRow()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ValidSample.Bytes, strict: true);
        var r = sink.Records[0];
        Assert.Equal(RecordKind.CostOfRecord, r.Kind);
        Assert.Equal("2", r.RecordKey);
        Assert.Equal(2, r.SourceLine);
        Assert.Equal("azure", r.Provider);
        Assert.Equal("ea-7001", r.BillingAccountId);
        Assert.Equal("Contoso EA", r.BillingAccountName);
        Assert.Equal("sub-1", r.SubAccountId);
        Assert.Equal("AI Platform", r.SubAccountName);
        Assert.Equal("Azure OpenAI Service", r.ServiceName);
        Assert.Equal("AI and Machine Learning", r.ServiceCategory);
        Assert.Equal("Usage", r.ChargeCategory);
        Assert.Null(r.ChargeClass);
        Assert.Equal("gpt-4o Input Tokens, global", r.ChargeDescription);
        Assert.Equal("/subscriptions/sub-1/resourceGroups/rg-ai/providers/Microsoft.CognitiveServices/accounts/contoso-aoai", r.ResourceId);
        Assert.Equal("contoso-aoai", r.ResourceName);
        Assert.Equal("eastus", r.RegionId);
        Assert.Equal("DZH318Z0BQ4L", r.SkuId);
        Assert.Equal(1000m, r.PricingQuantity);
        Assert.Equal("1000 Tokens", r.PricingUnit);
        Assert.Equal("gpt-4o-2024-08-06", r.Model);
        Assert.Equal(2.50m, r.BilledCost);
        Assert.Equal(2.25m, r.EffectiveCost);
        Assert.Equal(2.50m, r.ListCost);
        Assert.Equal(2.25m, r.Cost);
        Assert.Equal(CostMeasures.EffectiveCost, r.CostMeasure);
        Assert.Equal("USD", r.Currency);
        Assert.True(r.AiScope);
        Assert.False(r.IsEstimated);
        Assert.Equal(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), r.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 6, 2, 0, 0, 0, DateTimeKind.Utc), r.ChargePeriodEnd);
        Assert.Equal(new DateTime(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc), r.BillingPeriodStart);
        Assert.Equal(new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc), r.BillingPeriodEnd);
        Assert.Equal([new Tag("team", "search"), new Tag("CostCenter", "1234")], r.Tags);
        Assert.Null(r.EndUserHash);
    }

    [Fact]
    public async Task Read_Focus12Sample_CostSumsMatchHandComputed()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ValidSample.Bytes, strict: true);
        Assert.Equal(5, sink.Records.Count);
        Assert.Equal(18.625m, sink.Records.Sum(r => r.BilledCost!.Value));
        Assert.Equal(17.175m, sink.Records.Sum(r => r.EffectiveCost!.Value));
        Assert.Equal(17.175m, sink.Records.Sum(r => r.Cost!.Value));
    }

    [Fact]
    public async Task Read_Focus12Sample_TokensFromUnitsAndPriceDetails()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ValidSample.Bytes, strict: true);
        var (input, output, cached, vm, credit) = (sink.Records[0], sink.Records[1], sink.Records[2], sink.Records[3], sink.Records[4]);
        Assert.Equal((1_000_000L, (long?)null, (long?)null), (input.InputTokens!.Value, input.OutputTokens, input.CachedReadTokens));
        Assert.Equal((500_000L, (long?)null), (output.OutputTokens!.Value, output.InputTokens));
        // 0.1 x "1M Tokens" = 100 000 cached-read tokens; the model comes from ModelName.
        Assert.Equal(100_000L, cached.CachedReadTokens);
        Assert.Null(cached.InputTokens);
        Assert.Equal("gpt-4o", cached.Model);
        Assert.Equal(0, vm.TotalTokens);
        Assert.False(vm.AiScope);
        Assert.Null(vm.Model);
        Assert.Equal(0, credit.TotalTokens);
        Assert.True(credit.AiScope);
        Assert.Equal(-1.00m, credit.Cost);
        Assert.Empty(credit.Tags);
    }

    [Fact]
    public async Task Read_Focus12Sample_RecordKeysAreLineNumbers()
    {
        var sink = await ImporterHarness.RunAsync(Importer, ValidSample.Bytes, strict: true);
        Assert.Equal(["2", "3", "4", "5", "6"], sink.Records.Select(r => r.RecordKey));
        Assert.Equal([2L, 3, 4, 5, 6], sink.Records.Select(r => r.SourceLine));
    }

    [Fact]
    public async Task Read_BadCostSample_OtherRowsStillRead()
    {
        var sink = await ImporterHarness.RunAsync(Importer, SampleWithBadRow.Bytes);
        var error = Assert.Single(sink.Errors);
        Assert.Equal(("BilledCost", false, "abc"), (error.Column, error.IsFatal, error.Raw));
        Assert.Equal(4, sink.Records.Count);
        Assert.DoesNotContain(sink.Records, r => r.SourceLine == 4);
    }
}
