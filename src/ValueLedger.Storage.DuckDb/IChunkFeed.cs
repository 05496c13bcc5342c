using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb;

/// <summary>
/// Rows that <see cref="ChunkFeedFunction"/> hands to DuckDB as the table function
/// <c>valueledger_feed(id)</c>, so that a plain <c>INSERT .. SELECT</c> runs DuckDB's parallel insert
/// over them. Each DuckDB thread reading the function gets its own <see cref="IChunkFeedReader"/>.
/// </summary>
internal interface IChunkFeed
{
    /// <summary>
    /// The result columns, in order. <see cref="DuckDBType.Decimal"/> stands for DECIMAL(38,18), the
    /// only decimal <see cref="ChunkWriter"/> writes.
    /// </summary>
    IReadOnlyList<(string Name, DuckDBType Type)> Columns { get; }

    /// <summary>How many DuckDB threads may read at the same time.</summary>
    int MaxThreads { get; }

    /// <summary>A reader for one DuckDB thread; called on that thread.</summary>
    IChunkFeedReader OpenReader();
}
