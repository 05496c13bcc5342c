namespace ValueLedger.Importers.Focus;

/// <summary>Which <see cref="Core.Ledger.SpendRecord"/> token count an AI charge line measures.</summary>
internal enum FocusTokenKind
{
    /// <summary>Not a token charge, or the direction cannot be told without guessing.</summary>
    Unknown = 0,
    Input,
    Output,
    CachedRead,
    CacheWrite,
}
