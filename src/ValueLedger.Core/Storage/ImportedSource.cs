namespace ValueLedger.Core.Storage;

/// <summary>One entry of the import history (<c>valueledger sources</c>).</summary>
public sealed record ImportedSource(
    long Id,
    string FileName,
    string Sha256,
    long SizeBytes,
    string Format,
    ImportOutcome Outcome,
    long RowsRead,
    long RowsInserted,
    long RowsRejected,
    long RowsSkippedAsDuplicate,
    long RowsReplaced,
    DateTimeOffset StartedAt,
    DateTimeOffset FinishedAt,
    string? Message);
