namespace ValueLedger.Storage.DuckDb;

/// <summary>One DuckDB thread's view of an <see cref="IChunkFeed"/>.</summary>
internal interface IChunkFeedReader : IDisposable
{
    /// <summary>
    /// Writes the next rows, at most <see cref="ChunkWriter.Capacity"/>, into <paramref name="chunk"/>;
    /// none means this thread has read everything. May block until rows come. An exception fails
    /// the query with its message.
    /// </summary>
    void Fill(ChunkWriter chunk);
}
