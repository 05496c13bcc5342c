using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Turns DuckDB's errors on opening a file into messages a user can act on.</summary>
internal static class OpenFailure
{
    /// <summary>
    /// Refuses a path that DuckDB opened as something other than a database file: DuckDB opens a
    /// <c>.csv</c>, <c>.parquet</c> or <c>.json</c> path as an in-memory database over that data,
    /// where a ledger would silently vanish on exit.
    /// </summary>
    public static async Task EnsureFileBackedAsync(DuckDBConnection connection, string path, string fullPath, CancellationToken cancellationToken)
    {
        await using var command = Sql.Command(connection, "SELECT path FROM duckdb_databases() WHERE database_name = current_database()");
        var opened = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
        if (string.IsNullOrEmpty(opened) || !string.Equals(Path.GetFullPath(opened), fullPath, StringComparison.Ordinal))
        {
            throw new LedgerOpenException($"{path} cannot be a ValueLedger ledger: DuckDB reads it as a data file, not a database (use a path ending in .duckdb)")
            {
                LedgerPath = path,
            };
        }
    }

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
