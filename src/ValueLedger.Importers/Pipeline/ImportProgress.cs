namespace ValueLedger.Importers.Pipeline;

/// <summary>Progress of one file: bytes of the file on disk read so far.</summary>
public sealed record ImportProgress(string FileName, long BytesRead, long TotalBytes, long RowsRead, ImportStage Stage);

/// <summary>What the import is doing now.</summary>
public enum ImportStage
{
    Hashing = 1,
    Reading,
    Committing,
    Done,
}
