namespace ValueLedger.Core.Organisation;

/// <summary>How a business unit sees its AI spend: showback (reported) or chargeback (billed, once its owner acknowledged it).</summary>
public enum BillingMode
{
    Showback,
    Chargeback,
}
