namespace ValueLedger.Core.Storage;

/// <summary>What committing an import did, or why it could not (then nothing landed).</summary>
public sealed record ImportCommitResult(
    long SourceId,
    long RowsInserted,
    long RowsSkippedAsDuplicate,
    IReadOnlyList<ReplacedScope> Replaced,
    string? Conflict)
{
    public bool Succeeded => Conflict is null;

    public static ImportCommitResult Failed(string conflict) => new(0, 0, 0, [], conflict);
}
