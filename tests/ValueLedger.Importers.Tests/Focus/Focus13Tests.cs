using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>FOCUS 1.3: ServiceProviderName / HostProviderName and the Allocated* columns.</summary>
public sealed class Focus13Tests
{
    private readonly FocusCsvImporter _importer = new();

    private async Task<CollectingSink> ReadFixtureAsync()
    {
        var bytes = ImporterHarness.Fixture("Focus", "focus-1.3-small.csv");
        var sink = await ImporterHarness.RunAsync(_importer, bytes, strict: true);
        Assert.Empty(sink.Errors);
        return sink;
    }

    [Fact]
    public void Detect_Focus13File_IsCertain()
    {
        Assert.Equal(100, ImporterHarness.Detect(_importer, ImporterHarness.Fixture("Focus", "focus-1.3-small.csv"), "f.csv").Confidence);
    }

    [Fact]
    public async Task Read_Focus13File_SumsMatchHandComputed()
    {
        var sink = await ReadFixtureAsync();
        Assert.Equal(4, sink.Records.Count);
        Assert.Equal(46.00m, sink.Records.Sum(r => r.BilledCost!.Value));
        Assert.Equal(25.20m, sink.Records.Sum(r => r.EffectiveCost!.Value));
    }

    [Fact]
    public async Task Read_ServiceProviderName_PreferredOverProviderName()
    {
        var sink = await ReadFixtureAsync();
        // Lines 2-3: ServiceProviderName "Amazon Web Services"; line 4: "OpenAI" hosted on Microsoft
        // (ProviderName "Microsoft"); line 5: ServiceProviderName empty, so ProviderName "Microsoft".
        Assert.Equal(["aws", "aws", "openai", "azure"], sink.Records.Select(r => r.Provider));
    }

    [Fact]
    public async Task Read_PurchaseWithZeroEffectiveCost_KeepsEffectiveCost()
    {
        // FOCUS sets a prepaid purchase's EffectiveCost to 0: it is amortised into the usage it covers.
        var sink = await ReadFixtureAsync();
        var purchase = Assert.Single(sink.Records, r => r.ChargeCategory == "Purchase");
        Assert.Equal((20.00m, 0m, CostMeasures.EffectiveCost), (purchase.BilledCost!.Value, purchase.Cost!.Value, purchase.CostMeasure));
        Assert.Equal(0, purchase.TotalTokens);
    }

    [Fact]
    public async Task Read_BedrockMeters_TokensFromSkuMeterWords()
    {
        var sink = await ReadFixtureAsync();
        Assert.Equal((1_000_000L, (long?)null), (sink.Records[0].InputTokens!.Value, sink.Records[0].OutputTokens));
        Assert.Equal((1_000_000L, (long?)null), (sink.Records[1].OutputTokens!.Value, sink.Records[1].InputTokens));
        Assert.Null(sink.Records[0].Model);
    }

    [Fact]
    public async Task Read_AllocatedColumns_AreIgnoredNotErrors()
    {
        var sink = await ReadFixtureAsync();
        var allocated = sink.Records[3];
        Assert.Equal("/subscriptions/sub-3/resourceGroups/rg-k8s/providers/Microsoft.Compute/virtualMachineScaleSets/aks-nodes", allocated.ResourceId);
        Assert.Equal([new Tag("cluster", "aks-1")], allocated.Tags);
        Assert.False(allocated.AiScope);
    }

    [Fact]
    public async Task Read_OnlyServiceProviderNameColumn_IsAccepted()
    {
        var text = new FocusCsvBuilder()
            .Without("ProviderName")
            .WithColumns("ServiceProviderName", "HostProviderName", "AllocatedMethodId")
            .Row(("ServiceProviderName", "Google Cloud"), ("HostProviderName", "Google Cloud"))
            .Build();
        var sink = await ImporterHarness.RunAsync(_importer, text);
        Assert.Empty(sink.Errors);
        Assert.Equal("google", Assert.Single(sink.Records).Provider);
    }

    [Fact]
    public async Task Read_NoProviderValueAtAll_IsUnknownProvider()
    {
        var text = new FocusCsvBuilder().Row(("ProviderName", "NULL")).Build();
        var sink = await ImporterHarness.RunAsync(_importer, text);
        Assert.Equal("unknown", Assert.Single(sink.Records).Provider);
    }
}
