namespace ValueLedger.Web.Imports;

/// <summary>One import attempt as the history shows it; <c>ImportedAt</c> is UTC ISO 8601, <c>Providers</c> those whose records it holds now.</summary>
public sealed record ImportSourceDto(
    long Id, string File, string Sha256, long SizeBytes, string Format, IReadOnlyList<string> Providers, string Outcome, long Rows, long Inserted,
    long Rejected, long SkippedAsDuplicate, long Replaced, string ImportedAt, string? Message);
