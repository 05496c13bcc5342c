using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Appends rows to a table by filling DuckDB data chunks in place (DuckDB's C appender API,
/// <c>duckdb_append_data_chunk</c>). Compared with DuckDB.NET's row appender it makes no native call
/// per value except for text longer than 12 bytes: numbers, times, money and null flags are written
/// straight into the chunk's vectors, and short text is inlined in its <c>duckdb_string_t</c>.
/// Values are written left to right, one call per column (see ChunkAppender.Values.cs), then
/// <see cref="EndRow"/>.
/// </summary>
/// <remarks>
/// The layouts used are the ones <c>duckdb.h</c> documents: BIGINT an <c>int64</c>, TIMESTAMP
/// microseconds since 1970 in an <c>int64</c>, DECIMAL(38,18) a <c>hugeint</c> of the value times
/// 10^18, BOOLEAN and UTINYINT one byte, VARCHAR a 16-byte <c>duckdb_string_t</c>, validity a bit per
/// row in <c>uint64</c> words. The constructor checks the table's column types against those
/// expected, so a schema change cannot silently garble the data.
/// </remarks>
internal sealed unsafe partial class ChunkAppender : IDisposable
{
    private const int MoneyScale = 18;

    private readonly DuckDB.NET.Native.DuckDBAppender appender;
    private readonly DuckDBLogicalType[] types;
    private readonly DuckDBDataChunk chunk;
    private readonly IntPtr[] vectors;
    private readonly byte*[] data;
    private readonly ulong*[] validity;
    private readonly int capacity;
    private int row;
    private int column;
    private bool closed;

    /// <param name="catalog">The database; null for the connection's default one.</param>
    public ChunkAppender(DuckDBConnection connection, string? catalog, string schema, string table, IReadOnlyList<DuckDBType> expected)
    {
        if (NativeMethods.Appender.DuckDBAppenderCreateExt(connection.NativeConnection, catalog, schema, table, out appender) != DuckDBState.Success)
        {
            var message = NativeMethods.ErrorData.DuckDBErrorDataMessage(NativeMethods.Appender.DuckDBAppenderErrorData(appender));
            appender.Dispose();
            throw new InvalidOperationException($"cannot append to {(catalog is null ? string.Empty : catalog + ".")}{schema}.{table}: {message}");
        }

        var count = (int)NativeMethods.Appender.DuckDBAppenderColumnCount(appender);
        types = new DuckDBLogicalType[count];
        var handles = new IntPtr[count];
        for (var i = 0; i < count; i++)
        {
            types[i] = NativeMethods.Appender.DuckDBAppenderColumnType(appender, (ulong)i);
            handles[i] = types[i].DangerousGetHandle();
        }

        CheckTypes(table, expected);
        chunk = NativeMethods.DataChunks.DuckDBCreateDataChunk(handles, (ulong)count);
        capacity = (int)NativeMethods.Helpers.DuckDBVectorSize();
        vectors = new IntPtr[count];
        data = new byte*[count];
        validity = new ulong*[count];
        PrepareChunk();
    }

    public void EndRow()
    {
        if (column != vectors.Length)
        {
            throw new InvalidOperationException($"a row has {vectors.Length} columns; {column} were written");
        }

        column = 0;
        if (++row == capacity)
        {
            AppendChunk();
        }
    }

    /// <summary>Appends the last partial chunk and flushes everything into the table.</summary>
    public void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        if (row > 0)
        {
            AppendChunk();
        }

        if (NativeMethods.Appender.DuckDBAppenderClose(appender) != DuckDBState.Success)
        {
            throw Failure("closing the appender");
        }
    }

    /// <summary>Releases the appender; rows not yet closed are dropped.</summary>
    public void Dispose()
    {
        closed = true;
        chunk.Dispose();
        foreach (var type in types)
        {
            type.Dispose();
        }

        appender.Dispose();
    }

    private void AppendChunk()
    {
        NativeMethods.DataChunks.DuckDBDataChunkSetSize(chunk, (ulong)row);
        if (NativeMethods.Appender.DuckDBAppendDataChunk(appender, chunk) != DuckDBState.Success)
        {
            throw Failure("appending a chunk");
        }

        NativeMethods.DataChunks.DuckDBDataChunkReset(chunk);
        row = 0;
        PrepareChunk();
    }

    private void PrepareChunk()
    {
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = NativeMethods.DataChunks.DuckDBDataChunkGetVector(chunk, i);
            data[i] = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vectors[i]);
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vectors[i]);
            validity[i] = NativeMethods.Vectors.DuckDBVectorGetValidity(vectors[i]);
        }
    }

    private void CheckTypes(string table, IReadOnlyList<DuckDBType> expected)
    {
        if (expected.Count != types.Length)
        {
            throw new InvalidOperationException($"{table} has {types.Length} columns; {expected.Count} were expected");
        }

        for (var i = 0; i < types.Length; i++)
        {
            var actual = NativeMethods.LogicalType.DuckDBGetTypeId(types[i]);
            var decimalMatches = actual != DuckDBType.Decimal
                || (NativeMethods.LogicalType.DuckDBDecimalScale(types[i]) == MoneyScale && NativeMethods.LogicalType.DuckDBDecimalInternalType(types[i]) == DuckDBType.HugeInt);
            if (actual != expected[i] || !decimalMatches)
            {
                throw new InvalidOperationException($"column {i} of {table} is {actual}; {expected[i]} was expected");
            }
        }
    }

    private InvalidOperationException Failure(string what)
    {
        var message = NativeMethods.ErrorData.DuckDBErrorDataMessage(NativeMethods.Appender.DuckDBAppenderErrorData(appender));
        return new InvalidOperationException($"DuckDB failed {what}: {message}");
    }
}
