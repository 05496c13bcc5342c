namespace ValueLedger.Web.Imports;

/// <summary>A rejected row: line in the file (0 = the whole file), column at fault, reason, raw excerpt (at most 300 characters).</summary>
public sealed record ImportRejectDto(long Line, string? Column, string Reason, string? Excerpt);
