using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Turns DuckDB's errors on opening a file into messages a user can act on.</summary>
internal static class OpenFailure
{
    public static LedgerOpenException Explain(string path, DuckDBException exception)
    {
        var text = exception.Message;
        string message;
        if (text.Contains("lock", StringComparison.OrdinalIgnoreCase)
            && (text.Contains("Could not set lock", StringComparison.OrdinalIgnoreCase) || text.Contains("Conflicting lock", StringComparison.OrdinalIgnoreCase)))
        {
            message = $"another valueledger process is using {path}; wait for it to finish (DuckDB allows one writing process per file)";
        }
        else if (text.Contains("not a valid DuckDB database file", StringComparison.OrdinalIgnoreCase))
        {
            message = $"{path} is not a ValueLedger ledger: it is not a DuckDB database file";
        }
        else if (text.Contains("version number", StringComparison.OrdinalIgnoreCase))
        {
            message = $"{path} was written by a different DuckDB storage version than this ValueLedger reads: {text}";
        }
        else
        {
            message = $"cannot open the ledger {path}: {text}";
        }

        return new LedgerOpenException(message, exception) { LedgerPath = path };
    }
}
