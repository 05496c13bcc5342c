using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Fills a DuckDB data chunk in place: numbers, times, money and null flags are written straight
/// into the chunk's vectors, and text of up to 12 bytes is inlined in its <c>duckdb_string_t</c>;
/// only longer text takes a native call. Values are written left to right, one call per column (see
/// ChunkWriter.Values.cs), then <see cref="EndRow"/>; the chunk's size is set by its owner.
/// </summary>
/// <remarks>
/// The layouts used are the ones <c>duckdb.h</c> documents: BIGINT an <c>int64</c>, TIMESTAMP
/// microseconds since 1970 in an <c>int64</c>, DECIMAL(38,18) a <c>hugeint</c> of the value times
/// 10^18, BOOLEAN and UTINYINT one byte, VARCHAR a 16-byte <c>duckdb_string_t</c>, validity a bit per
/// row in <c>uint64</c> words. The chunk's columns must have the types the caller writes: the table
/// function that hands the chunks out declares them (<see cref="ChunkFeedFunction"/>).
/// </remarks>
internal sealed unsafe partial class ChunkWriter(int columns)
{
    private const int MoneyScale = 18;

    private readonly IntPtr[] vectors = new IntPtr[columns];
    private readonly byte*[] data = new byte*[columns];
    private readonly ulong*[] validity = new ulong*[columns];
    private int row;
    private int column;

    /// <summary>Rows a chunk holds (DuckDB's vector size, 2048 by default).</summary>
    public static int Capacity { get; } = (int)NativeMethods.Helpers.DuckDBVectorSize();

    /// <summary>Rows written since <see cref="Start"/>.</summary>
    public int Rows => row;

    /// <summary>Starts writing at the first row of <paramref name="chunk"/> (a <c>duckdb_data_chunk</c>).</summary>
    public void Start(IntPtr chunk)
    {
        for (var i = 0; i < vectors.Length; i++)
        {
            vectors[i] = DuckDbTableFunctionNative.DataChunkGetVector(chunk, (ulong)i);
            data[i] = (byte*)NativeMethods.Vectors.DuckDBVectorGetData(vectors[i]);
            NativeMethods.Vectors.DuckDBVectorEnsureValidityWritable(vectors[i]);
            validity[i] = NativeMethods.Vectors.DuckDBVectorGetValidity(vectors[i]);
        }

        row = 0;
        column = 0;
    }

    public void EndRow()
    {
        if (row == Capacity)
        {
            throw new InvalidOperationException($"the chunk is full ({Capacity} rows)");
        }

        if (column != vectors.Length)
        {
            throw new InvalidOperationException($"a row has {vectors.Length} columns; {column} were written");
        }

        row++;

        // A full chunk takes no more values: a write past the last column fails its array bounds check.
        column = row == Capacity ? vectors.Length : 0;
    }
}
