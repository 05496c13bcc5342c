namespace ValueLedger.Core.Storage;

/// <summary>Counts the import pipeline keeps while reading, stored with the source on commit.</summary>
public sealed record ImportStatistics(long RowsRead, long RowsRejected, string? Message);
