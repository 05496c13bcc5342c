using nietras.SeparatedValues;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// Indexes of the FOCUS columns the importer reads, resolved once from the header so that the row
/// loop does no name lookups. Absent optional columns are -1. Names are matched exactly as the
/// FOCUS specification spells them; any other column (<c>x_*</c>, a bare <c>Id</c>, vendor
/// columns) is ignored.
/// </summary>
internal sealed class FocusColumns
{
    /// <summary>Columns without which a file cannot be read as FOCUS (the provider column aside).</summary>
    internal static readonly string[] Required =
    [
        "BilledCost", "BillingCurrency", "BillingAccountId", "BillingPeriodStart", "BillingPeriodEnd",
        "ChargePeriodStart", "ChargePeriodEnd", "ServiceCategory", "ServiceName",
    ];

    /// <summary>FOCUS 1.0–1.2 provider column; deprecated by 1.3.</summary>
    internal const string ProviderNameColumn = "ProviderName";

    /// <summary>FOCUS 1.3 provider column, preferred when present.</summary>
    internal const string ServiceProviderNameColumn = "ServiceProviderName";

    private FocusColumns(SepReaderHeader header)
    {
        ColumnCount = header.ColNames.Count;
        BilledCost = IndexOf(header, "BilledCost");
        BillingCurrency = IndexOf(header, "BillingCurrency");
        BillingAccountId = IndexOf(header, "BillingAccountId");
        BillingAccountName = IndexOf(header, "BillingAccountName");
        BillingPeriodStart = IndexOf(header, "BillingPeriodStart");
        BillingPeriodEnd = IndexOf(header, "BillingPeriodEnd");
        ChargePeriodStart = IndexOf(header, "ChargePeriodStart");
        ChargePeriodEnd = IndexOf(header, "ChargePeriodEnd");
        ServiceCategory = IndexOf(header, "ServiceCategory");
        ServiceName = IndexOf(header, "ServiceName");
        ProviderName = IndexOf(header, ProviderNameColumn);
        ServiceProviderName = IndexOf(header, ServiceProviderNameColumn);
        SubAccountId = IndexOf(header, "SubAccountId");
        SubAccountName = IndexOf(header, "SubAccountName");
        ChargeCategory = IndexOf(header, "ChargeCategory");
        ChargeClass = IndexOf(header, "ChargeClass");
        ChargeDescription = IndexOf(header, "ChargeDescription");
        ResourceId = IndexOf(header, "ResourceId");
        ResourceName = IndexOf(header, "ResourceName");
        RegionId = IndexOf(header, "RegionId");
        SkuId = IndexOf(header, "SkuId");
        SkuMeter = IndexOf(header, "SkuMeter");
        SkuPriceDetails = IndexOf(header, "SkuPriceDetails");
        PricingQuantity = IndexOf(header, "PricingQuantity");
        PricingUnit = IndexOf(header, "PricingUnit");
        ConsumedQuantity = IndexOf(header, "ConsumedQuantity");
        ConsumedUnit = IndexOf(header, "ConsumedUnit");
        EffectiveCost = IndexOf(header, "EffectiveCost");
        ListCost = IndexOf(header, "ListCost");
        Tags = IndexOf(header, "Tags");
    }

    /// <summary>Number of columns in the header; every row must have as many.</summary>
    public int ColumnCount { get; }

    public int BilledCost { get; }
    public int BillingCurrency { get; }
    public int BillingAccountId { get; }
    public int BillingAccountName { get; }
    public int BillingPeriodStart { get; }
    public int BillingPeriodEnd { get; }
    public int ChargePeriodStart { get; }
    public int ChargePeriodEnd { get; }
    public int ServiceCategory { get; }
    public int ServiceName { get; }
    public int ProviderName { get; }
    public int ServiceProviderName { get; }
    public int SubAccountId { get; }
    public int SubAccountName { get; }
    public int ChargeCategory { get; }
    public int ChargeClass { get; }
    public int ChargeDescription { get; }
    public int ResourceId { get; }
    public int ResourceName { get; }
    public int RegionId { get; }
    public int SkuId { get; }
    public int SkuMeter { get; }
    public int SkuPriceDetails { get; }
    public int PricingQuantity { get; }
    public int PricingUnit { get; }
    public int ConsumedQuantity { get; }
    public int ConsumedUnit { get; }
    public int EffectiveCost { get; }
    public int ListCost { get; }
    public int Tags { get; }

    /// <summary>
    /// Resolves the columns of <paramref name="header"/>; when required columns are missing,
    /// returns null and names every one of them in <paramref name="missing"/>.
    /// </summary>
    public static FocusColumns? Resolve(SepReaderHeader header, out IReadOnlyList<string> missing)
    {
        var absent = new List<string>();
        foreach (var name in Required)
        {
            if (!header.TryIndexOf(name, out _))
            {
                absent.Add(name);
            }
        }

        if (!header.TryIndexOf(ProviderNameColumn, out _) && !header.TryIndexOf(ServiceProviderNameColumn, out _))
        {
            absent.Add($"{ProviderNameColumn} (or {ServiceProviderNameColumn})");
        }

        missing = absent;
        return absent.Count == 0 ? new FocusColumns(header) : null;
    }

    private static int IndexOf(SepReaderHeader header, string name) =>
        header.TryIndexOf(name, out var index) ? index : -1;
}
