namespace ValueLedger.Core.Value.Outcomes;

/// <summary>One claim read from an import file with its 1-based line, so refusals can name the line.</summary>
public sealed record OutcomeImportRow(long Line, OutcomeClaim Claim);
