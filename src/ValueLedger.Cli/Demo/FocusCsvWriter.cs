using System.Globalization;
using System.IO.Compression;
using nietras.SeparatedValues;

namespace ValueLedger.Cli.Demo;

/// <summary>Writes FOCUS 1.2 CSV (optionally gzip-compressed, as exports are often delivered).</summary>
internal sealed class FocusCsvWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "BilledCost", "BillingAccountId", "BillingAccountName", "BillingCurrency", "BillingPeriodEnd", "BillingPeriodStart",
        "ChargeCategory", "ChargeClass", "ChargeDescription", "ChargeFrequency", "ChargePeriodEnd", "ChargePeriodStart",
        "ConsumedQuantity", "ConsumedUnit", "ContractedCost", "ContractedUnitPrice", "EffectiveCost", "InvoiceIssuerName",
        "ListCost", "ListUnitPrice", "PricingCategory", "PricingQuantity", "PricingUnit", "ProviderName", "PublisherName",
        "RegionId", "ResourceId", "ResourceName", "ResourceType", "ServiceCategory", "ServiceSubcategory", "ServiceName",
        "SkuId", "SkuMeter", "SkuPriceDetails", "SkuPriceId", "SubAccountId", "SubAccountName", "Tags",
    ];

    private readonly Stream _file;
    private readonly SepWriter _writer;

    public FocusCsvWriter(string path)
    {
        Stream file = File.Create(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            file = new GZipStream(file, CompressionLevel.Fastest);
        }

        _file = file;
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).To(new StreamWriter(file), leaveOpen: false);
    }

    public long Rows { get; private set; }

    public void Write(FocusLine l)
    {
        using var row = _writer.NewRow();
        var listCost = decimal.Round(l.PricingQuantity * l.ListUnitPrice, 10);
        row["BilledCost"].Set(Money(l.BilledCost));
        row["BillingAccountId"].Set(l.BillingAccountId);
        row["BillingAccountName"].Set(l.BillingAccountName);
        row["BillingCurrency"].Set("USD");
        row["BillingPeriodEnd"].Set(Time(l.BillingPeriodStart.AddMonths(1)));
        row["BillingPeriodStart"].Set(Time(l.BillingPeriodStart));
        row["ChargeCategory"].Set(l.ChargeCategory);
        row["ChargeClass"].Set(string.Empty);
        row["ChargeDescription"].Set(l.Description);
        row["ChargeFrequency"].Set(l.ChargeCategory == "Usage" ? "Usage-Based" : "One-Time");
        row["ChargePeriodEnd"].Set(Time(l.ChargeEnd));
        row["ChargePeriodStart"].Set(Time(l.ChargeStart));
        row["ConsumedQuantity"].Set(l.ConsumedQuantity.ToString(CultureInfo.InvariantCulture));
        row["ConsumedUnit"].Set(l.ConsumedUnit);
        row["ContractedCost"].Set(Money(l.BilledCost));
        row["ContractedUnitPrice"].Set(l.ListUnitPrice.ToString(CultureInfo.InvariantCulture));
        row["EffectiveCost"].Set(Money(l.EffectiveCost));
        row["InvoiceIssuerName"].Set(l.Provider);
        row["ListCost"].Set(Money(l.ChargeCategory == "Usage" ? listCost : l.BilledCost));
        row["ListUnitPrice"].Set(l.ListUnitPrice.ToString(CultureInfo.InvariantCulture));
        row["PricingCategory"].Set("Standard");
        row["PricingQuantity"].Set(l.PricingQuantity.ToString(CultureInfo.InvariantCulture));
        row["PricingUnit"].Set(l.PricingUnit);
        row["ProviderName"].Set(l.Provider);
        row["PublisherName"].Set(l.Provider);
        row["RegionId"].Set(l.RegionId);
        row["ResourceId"].Set(l.ResourceId);
        row["ResourceName"].Set(l.ResourceName);
        row["ResourceType"].Set(l.ResourceType);
        row["ServiceCategory"].Set(l.ServiceCategory);
        row["ServiceSubcategory"].Set(l.ServiceSubcategory ?? string.Empty);
        row["ServiceName"].Set(l.ServiceName);
        row["SkuId"].Set(l.SkuId);
        row["SkuMeter"].Set(l.SkuMeter ?? string.Empty);
        row["SkuPriceDetails"].Set(l.SkuPriceDetails ?? string.Empty);
        row["SkuPriceId"].Set(l.SkuId + "-std");
        row["SubAccountId"].Set(l.SubAccountId);
        row["SubAccountName"].Set(l.SubAccountName);
        row["Tags"].Set(l.TagsJson ?? string.Empty);
        Rows++;
    }

    public void Dispose()
    {
        if (Rows == 0)
        {
            // A header is still a FOCUS file; write it so the file is well-formed.
            _writer.Header.Add(Columns);
        }

        _writer.Dispose();
        _file.Dispose();
    }

    private static string Money(decimal value) => decimal.Round(value, 10).ToString("0.0000000000", CultureInfo.InvariantCulture);

    private static string Time(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
