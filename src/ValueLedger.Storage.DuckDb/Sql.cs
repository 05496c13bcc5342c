using System.Globalization;
using DuckDB.NET.Data;

namespace ValueLedger.Storage.DuckDb;

/// <summary>Small helpers over DuckDB.NET commands; parameters are named (<c>$name</c> in SQL).</summary>
internal static class Sql
{
    public static DuckDBCommand Command(DuckDBConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return command;
    }

    /// <summary>Runs a statement; returns the rows it changed (inserted, updated or deleted).</summary>
    public static async Task<long> ExecuteAsync(DuckDBConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task<T> ScalarAsync<T>(DuckDBConnection connection, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var command = Command(connection, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return (T)Convert.ChangeType(value!, typeof(T), CultureInfo.InvariantCulture);
    }

    /// <summary>A TIMESTAMP read back as a UTC <see cref="DateTime"/> (DuckDB stores no kind).</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    /// <summary>A UTC instant for messages: the date alone at midnight, else ISO 8601.</summary>
    public static string Instant(DateTime value) =>
        value.TimeOfDay == TimeSpan.Zero
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
