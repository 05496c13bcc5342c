using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>Which FOCUS cost a line counts for (see PRODUCT.md, "Core concepts").</summary>
public sealed class FocusCostMeasureTests
{
    [Theory]
    [InlineData("1.50", "1.20", "Usage", "1.20", CostMeasures.EffectiveCost)]
    [InlineData("1.50", "0", "Usage", "1.50", CostMeasures.BilledCost)]
    [InlineData("-1.50", "0.000", "Adjustment", "-1.50", CostMeasures.BilledCost)]
    [InlineData("0", "0", "Usage", "0", CostMeasures.EffectiveCost)]
    [InlineData("100", "0", "Purchase", "0", CostMeasures.EffectiveCost)]
    [InlineData("1.50", "NULL", "Usage", "1.50", CostMeasures.BilledCost)]
    [InlineData("1.50", "", "Usage", "1.50", CostMeasures.BilledCost)]
    [InlineData("-2.6137", "-3", "Credit", "-3", CostMeasures.EffectiveCost)]
    public async Task Read_BilledAndEffectiveCost_ChooseTheMeasure(string billed, string effective, string category, string cost, string measure)
    {
        var csv = new FocusCsvBuilder().Row(("BilledCost", billed), ("EffectiveCost", effective), ("ChargeCategory", category)).Build();
        var record = Assert.Single((await ImporterHarness.RunAsync(new FocusCsvImporter(), csv)).Records);
        Assert.Equal((decimal.Parse(cost, System.Globalization.CultureInfo.InvariantCulture), measure), (record.Cost!.Value, record.CostMeasure));
    }

    [Fact]
    public async Task Read_NoEffectiveCostColumn_UsesBilledCost()
    {
        var csv = new FocusCsvBuilder().Without("EffectiveCost", "ListCost").Row(("BilledCost", "2.5e-3")).Build();
        var record = Assert.Single((await ImporterHarness.RunAsync(new FocusCsvImporter(), csv)).Records);
        Assert.Equal((0.0025m, CostMeasures.BilledCost, (decimal?)null), (record.Cost!.Value, record.CostMeasure, record.EffectiveCost));
    }

    [Fact]
    public async Task Read_LowerCaseCurrency_IsUpperCased()
    {
        var csv = new FocusCsvBuilder().Row(("BillingCurrency", "eur")).Row(("BillingCurrency", "eur")).Build();
        var sink = await ImporterHarness.RunAsync(new FocusCsvImporter(), csv);
        Assert.All(sink.Records, r => Assert.Equal("EUR", r.Currency));
    }
}
