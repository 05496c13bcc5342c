using System.Globalization;

namespace ValueLedger.Storage.DuckDb.Tests.Allocation;

public sealed partial class AllocationEngineTests
{
    /// <summary>The allocation rows as <c>bu|initiative|amount|method|rule</c> ("-" for null), amounts without trailing zeros, in line then bu order.</summary>
    private static async Task<List<string>> RowsAsync(DuckDbSpendStore store, bool withVersion = false)
    {
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT bu, initiative, amount, method, rule_id, rule_version FROM allocations ORDER BY source_id, seq, bu NULLS LAST";
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            var rule = reader.IsDBNull(4) ? "-" : reader.GetString(4) + (withVersion ? "@" + reader.GetInt32(5).ToString(CultureInfo.InvariantCulture) : string.Empty);
            rows.Add(string.Join(
                '|',
                reader.IsDBNull(0) ? "-" : reader.GetString(0),
                reader.IsDBNull(1) ? "-" : reader.GetString(1),
                reader.GetDecimal(2).ToString("0.##################", CultureInfo.InvariantCulture),
                reader.GetString(3),
                rule));
        }

        return rows;
    }

    /// <summary>The rows as <c>kind|bu|initiative|amount|method|rule_kind:rule|fallback|reason</c> ("-" for null), in line then bu order.</summary>
    private static async Task<List<string>> ExplainedRowsAsync(DuckDbSpendStore store)
    {
        var rows = new List<string>();
        await foreach (var row in QueryAsync(store, """
            SELECT line_kind, coalesce(bu, '-'), coalesce(initiative, '-'), amount, method, coalesce(rule_kind || ':' || rule_id, '-'), fallback, coalesce(reason, '-')
            FROM allocations ORDER BY source_id, seq, bu NULLS LAST, initiative NULLS FIRST
            """))
        {
            rows.Add(string.Join(
                '|',
                row.GetString(0),
                row.GetString(1),
                row.GetString(2),
                row.GetDecimal(3).ToString("0.##################", CultureInfo.InvariantCulture),
                row.GetString(4),
                row.GetString(5),
                row.GetBoolean(6) ? "fallback" : "-",
                row.GetString(7)));
        }

        return rows;
    }

    private static async IAsyncEnumerable<System.Data.Common.DbDataReader> QueryAsync(DuckDbSpendStore store, string sql)
    {
        await using var connection = store.OpenConnection();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            yield return reader;
        }
    }
}
