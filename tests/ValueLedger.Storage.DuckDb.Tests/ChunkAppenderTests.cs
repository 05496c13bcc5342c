using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>Values written straight into DuckDB vectors read back exactly, across chunk boundaries.</summary>
public sealed class ChunkAppenderTests : IDisposable
{
    private static readonly DuckDBType[] Types = [DuckDBType.BigInt, DuckDBType.BigInt, DuckDBType.UnsignedTinyInt, DuckDBType.Varchar, DuckDBType.Decimal, DuckDBType.Timestamp, DuckDBType.Boolean];

    private static readonly string?[] Texts =
    [
        null, string.Empty, "a", "exactly12byt", "thirteen-byte", "héllo wörld ✓", "日本", "ééééééé", new string('x', 5000),
    ];

    private static readonly decimal?[] Amounts =
    [
        null, 0m, -0.000000000000000001m, 123456789.123456789012345678m, 99999999999999999999m, -99999999999999999999m,
        0.00000080000m, -1.5m, 79228162514264.337593543950m,
    ];

    private static readonly DateTime?[] Times =
    [
        null,
        DateTime.UnixEpoch,
        new DateTime(2024, 9, 10, 12, 34, 56, DateTimeKind.Utc).AddTicks(7_891_230),
        new DateTime(1969, 12, 31, 23, 59, 59, DateTimeKind.Utc).AddTicks(9_999_999),
        new DateTime(1, 1, 1, 0, 0, 0, DateTimeKind.Utc),
        new DateTime(9999, 12, 31, 23, 59, 59, DateTimeKind.Utc),
    ];

    private readonly TempLedger temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Append_EveryKindOfValueOverSeveralChunks_ReadsBackExactly()
    {
        const int rows = 5000;
        await using var connection = await OpenAsync();
        using (var appender = new ChunkAppender(connection, "temp", "main", "t", Types))
        {
            for (var i = 0; i < rows; i++)
            {
                appender.Int64(i);
                appender.Int64(Number(i));
                appender.Byte((byte)(i % 256));
                if (Texts[i % Texts.Length] is { } text)
                {
                    appender.Text(Encoding.UTF8.GetBytes(text));
                }
                else
                {
                    appender.Null();
                }

                appender.Money(Amounts[i % Amounts.Length]);
                appender.Timestamp(Times[i % Times.Length]);
                appender.Boolean((i % 3) switch { 0 => null, 1 => true, _ => false });
                appender.EndRow();
            }

            appender.Close();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, b, u, s, m, ts, f FROM t ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var read = 0;
        while (await reader.ReadAsync())
        {
            var i = read++;
            Assert.Equal(i, reader.GetInt64(0));
            Assert.Equal(Number(i), reader.IsDBNull(1) ? null : reader.GetInt64(1));
            Assert.Equal((byte)(i % 256), reader.GetByte(2));
            Assert.Equal(Texts[i % Texts.Length], reader.IsDBNull(3) ? null : reader.GetString(3));
            Assert.Equal(Amounts[i % Amounts.Length], reader.IsDBNull(4) ? null : reader.GetDecimal(4));
            Assert.Equal(Microseconds(Times[i % Times.Length]), reader.IsDBNull(5) ? null : reader.GetDateTime(5));
            Assert.Equal((i % 3) switch { 0 => (bool?)null, 1 => true, _ => false }, reader.IsDBNull(6) ? null : reader.GetBoolean(6));
        }

        Assert.Equal(rows, read);
    }

    [Fact]
    public async Task Create_TypesNotAsExpected_Refused()
    {
        await using var connection = await OpenAsync();

        var error = Assert.Throws<InvalidOperationException>(() => new ChunkAppender(connection, "temp", "main", "t", [.. Types.Reverse()]));

        Assert.Contains("column 0 of t", error.Message);
    }

    [Fact]
    public async Task EndRow_MissingColumns_Refused()
    {
        await using var connection = await OpenAsync();
        using var appender = new ChunkAppender(connection, "temp", "main", "t", Types);
        appender.Int64(1);

        Assert.Throws<InvalidOperationException>(appender.EndRow);
    }

    private static long? Number(int i) => (i % 11) switch
    {
        0 => null,
        1 => long.MinValue,
        2 => long.MaxValue,
        _ => (i * 1_000_003L) - 2_500_000_000L,
    };

    /// <summary>TIMESTAMP keeps microseconds: finer ticks are dropped, rounding toward the past.</summary>
    private static DateTime? Microseconds(DateTime? time) =>
        time is DateTime t ? new DateTime(t.Ticks - (((t.Ticks % 10) + 10) % 10)) : null;

    private async Task<DuckDBConnection> OpenAsync()
    {
        var connection = new DuckDBConnection($"DataSource={temp.PathOf("chunks.duckdb")}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TEMP TABLE t (id BIGINT, b BIGINT, u UTINYINT, s VARCHAR, m DECIMAL(38,18), ts TIMESTAMP, f BOOLEAN)";
        await command.ExecuteNonQueryAsync();
        return connection;
    }
}
