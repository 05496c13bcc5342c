namespace ValueLedger.Core.Value;

/// <summary>A stored outcome claim with its id, who recorded it and when, and its review (if any).</summary>
public sealed record OutcomeRecord(
    long Id,
    OutcomeClaim Claim,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    OutcomeStatus Status,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? ReviewReason);
