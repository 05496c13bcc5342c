namespace ValueLedger.Core.Import;

/// <summary>How a new import relates to what the ledger already holds.</summary>
public enum ReplacementPolicy
{
    /// <summary>
    /// Records whose (format, record key) is already in the ledger are skipped as duplicates.
    /// For telemetry and provider cost APIs, whose exports overlap.
    /// </summary>
    SkipDuplicateKeys = 1,

    /// <summary>
    /// The import replaces, whole, each (provider, billing account, billing period) it contains.
    /// For FOCUS exports, which are snapshots re-delivered several times a day.
    /// </summary>
    ReplaceBillingPeriods = 2,
}
