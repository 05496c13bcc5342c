namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// The ledger file cannot be used: it is not a DuckDB database, belongs to another program, was
/// written by a newer ValueLedger, or another process holds it. The message names the path and
/// says what to do; it is meant to be shown to the user as is.
/// </summary>
public sealed class LedgerOpenException : Exception
{
    public LedgerOpenException()
    {
    }

    public LedgerOpenException(string message)
        : base(message)
    {
    }

    public LedgerOpenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The ledger path as given to <see cref="DuckDbSpendStore.OpenAsync"/>.</summary>
    public string? LedgerPath { get; init; }
}
