using System.Text;
using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb.Tests;

/// <summary>
/// Values written straight into DuckDB vectors, through the <c>valueledger_feed</c> table function,
/// read back exactly, across chunk boundaries and from several DuckDB threads.
/// </summary>
public sealed class ChunkWriterTests : IDisposable
{
    private static readonly (string Name, DuckDBType Type)[] Columns =
    [
        ("id", DuckDBType.BigInt), ("b", DuckDBType.BigInt), ("u", DuckDBType.UnsignedTinyInt), ("s", DuckDBType.Varchar),
        ("m", DuckDBType.Decimal), ("ts", DuckDBType.Timestamp), ("f", DuckDBType.Boolean),
    ];

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
    public async Task Feed_EveryKindOfValueOverSeveralChunks_ReadsBackExactly()
    {
        const int rows = 5000;
        await using var connection = await OpenAsync();
        using var feed = new TestFeed(rows, Write);

        await ExecuteAsync(connection, $"INSERT INTO t SELECT * FROM {ChunkFeedFunction.Name}({feed.Id})");

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
    public async Task Feed_ReaderThrows_QueryFailsWithItsMessage()
    {
        await using var connection = await OpenAsync();
        using var feed = new TestFeed(5000, (chunk, i) => throw new InvalidDataException($"row {i} is bad"));

        var error = await Assert.ThrowsAsync<DuckDBException>(() => ExecuteAsync(connection, $"INSERT INTO t SELECT * FROM {ChunkFeedFunction.Name}({feed.Id})"));

        Assert.Contains("row 0 is bad", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feed_UnknownId_QueryFails()
    {
        await using var connection = await OpenAsync();

        var error = await Assert.ThrowsAsync<DuckDBException>(() => ExecuteAsync(connection, $"SELECT * FROM {ChunkFeedFunction.Name}(-1)"));

        Assert.Contains("no feed -1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndRow_MissingColumns_Refused()
    {
        await using var connection = await OpenAsync();
        using var feed = new TestFeed(1, (chunk, i) =>
        {
            chunk.Int64(1);
            chunk.EndRow();
        });

        var error = await Assert.ThrowsAsync<DuckDBException>(() => ExecuteAsync(connection, $"INSERT INTO t SELECT * FROM {ChunkFeedFunction.Name}({feed.Id})"));

        Assert.Contains("a row has 7 columns; 1 were written", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndRow_ChunkFull_Refused()
    {
        await using var connection = await OpenAsync();
        using var feed = new TestFeed(1, (chunk, i) =>
        {
            for (var row = 0; row <= ChunkWriter.Capacity; row++)
            {
                Write(chunk, row);
            }
        });

        var error = await Assert.ThrowsAsync<DuckDBException>(() => ExecuteAsync(connection, $"INSERT INTO t SELECT * FROM {ChunkFeedFunction.Name}({feed.Id})"));

        Assert.Contains("outside the bounds of the array", error.Message, StringComparison.Ordinal);
    }

    private static void Write(ChunkWriter chunk, int i)
    {
        chunk.Int64(i);
        chunk.Int64(Number(i));
        chunk.Byte((byte)(i % 256));
        if (Texts[i % Texts.Length] is { } text)
        {
            chunk.Text(Encoding.UTF8.GetBytes(text));
        }
        else
        {
            chunk.Null();
        }

        chunk.Money(Amounts[i % Amounts.Length]);
        chunk.Timestamp(Times[i % Times.Length]);
        chunk.Boolean((i % 3) switch { 0 => null, 1 => true, _ => false });
        chunk.EndRow();
    }

    private static async Task ExecuteAsync(DuckDBConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
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
        ChunkFeedFunction.Register(connection);
        await using var command = connection.CreateCommand();
        command.CommandText = "CREATE TEMP TABLE t (id BIGINT, b BIGINT, u UTINYINT, s VARCHAR, m DECIMAL(38,18), ts TIMESTAMP, f BOOLEAN)";
        await command.ExecuteNonQueryAsync();
        return connection;
    }

    /// <summary>Rows 0..count-1 in chunks, handed out to as many threads as DuckDB runs.</summary>
    private sealed class TestFeed : IChunkFeed, IDisposable
    {
        private readonly int count;
        private readonly Action<ChunkWriter, int> write;
        private int next;

        public TestFeed(int count, Action<ChunkWriter, int> write)
        {
            this.count = count;
            this.write = write;
            Id = ChunkFeedFunction.Add(this);
        }

        public long Id { get; }

        public IReadOnlyList<(string Name, DuckDBType Type)> Columns => ChunkWriterTests.Columns;

        public int MaxThreads => 2;

        public IChunkFeedReader OpenReader() => new Reader(this);

        public void Dispose() => ChunkFeedFunction.Remove(Id);

        private sealed class Reader(TestFeed feed) : IChunkFeedReader
        {
            public void Fill(ChunkWriter chunk)
            {
                var start = Interlocked.Add(ref feed.next, 1000) - 1000;
                for (var i = start; i < Math.Min(start + 1000, feed.count); i++)
                {
                    feed.write(chunk, i);
                }
            }

            public void Dispose()
            {
            }
        }
    }
}
