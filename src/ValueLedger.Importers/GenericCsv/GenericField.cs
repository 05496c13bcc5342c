namespace ValueLedger.Importers.GenericCsv;

/// <summary>
/// The ledger fields a generic usage CSV can map a column to (the keys of <c>columns:</c> in the
/// mapping file, spelt in snake_case there). The order is the order in which mapped values enter a
/// row's content hash, so it must not change.
/// </summary>
internal enum GenericField
{
    /// <summary>Start of the usage period (required).</summary>
    Timestamp,

    /// <summary>Exclusive end of the usage period; without it, <c>period:</c> gives the length.</summary>
    PeriodEnd,
    Provider,
    Model,
    Requests,
    InputTokens,
    CachedReadTokens,
    CacheWriteTokens,
    OutputTokens,
    ReasoningTokens,
    Cost,
    Currency,
    Team,
    Project,
    ApiKey,

    /// <summary>A person identifier: stored only as a keyed hash.</summary>
    User,
    Agent,
    RecordKey,
}
