using System.Globalization;

namespace ValueLedger.Core.Allocation.Insight;

/// <summary>Says in words why an allocation row holds its amount (for <c>explain</c>). Invariant culture.</summary>
public static class AllocationShareText
{
    /// <summary>
    /// E.g. <c>telemetry split: this BU's usage cost 30.00 of 100.00 USD basis (1,204 records) -> 30 %</c>,
    /// <c>weights: 0.25 of the line</c>, <c>even split: 1 of 4 parts</c>, <c>direct: the whole line</c>,
    /// <c>unallocated: no allocation rule ... matched</c>; a fallback adds why the telemetry split was not used.
    /// </summary>
    public static string Describe(AllocationShare share)
    {
        ArgumentNullException.ThrowIfNull(share);
        var basis = AllocationBasis.Parse(share.Details);
        var text = share.Method switch
        {
            AllocationMethods.Direct => "direct: the whole line",
            AllocationMethods.Telemetry => Telemetry(basis),
            AllocationMethods.Weights => basis.Weight is { } w ? $"weights: {Plain(w)} of the line" : "weights",
            AllocationMethods.Even => basis.Parts is { } p ? $"even split: 1 of {p.ToString(CultureInfo.InvariantCulture)} parts" : "even split",
            AllocationMethods.Unallocated => "unallocated: " + (share.Reason is null ? "no business unit" : AllocationReasonText.Describe(share.Reason)),
            _ => share.Method,
        };
        if (share.Fallback)
        {
            text = $"fallback ({AllocationReasonText.Describe(share.Reason)}): {text}";
        }

        if (string.Equals(share.RuleKind, "policy", StringComparison.Ordinal))
        {
            text = "shared-cost policy, " + text;
        }

        return text;
    }

    private static string Telemetry(AllocationBasis basis)
    {
        if (basis.BasisCost is not { } cost || basis.BasisTotal is not { } total)
        {
            return "telemetry split";
        }

        var records = basis.BasisRecords is { } n ? $" ({n.ToString("#,##0", CultureInfo.InvariantCulture)} records{(basis.SameModel == true ? ", same model" : string.Empty)})" : string.Empty;
        var ratio = total != 0 ? $" -> {Plain(Math.Round(cost / total * 100m, 2, MidpointRounding.AwayFromZero))} %" : string.Empty;
        var currency = basis.BasisCurrency is null ? string.Empty : " " + basis.BasisCurrency;
        return $"telemetry split: this BU's usage cost {Money(cost)} of {Money(total)}{currency} basis{records}{ratio}";
    }

    private static string Money(decimal value) => value.ToString("#,##0.00####", CultureInfo.InvariantCulture);

    private static string Plain(decimal value) => (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);
}
