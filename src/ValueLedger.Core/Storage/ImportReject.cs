namespace ValueLedger.Core.Storage;

/// <summary>
/// A row an import set aside: its line in the file (0 = the file as a whole), the column at fault if known, the
/// reason, and an excerpt of the raw row (at most 300 characters).
/// </summary>
public sealed record ImportReject(long Line, string? Column, string Reason, string? Excerpt);
