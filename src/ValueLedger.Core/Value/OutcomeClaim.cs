namespace ValueLedger.Core.Value;

/// <summary>
/// What an owner claims for an initiative over [<see cref="PeriodStart"/>, <see cref="PeriodEnd"/>)
/// (dates, UTC, half-open; a period may span months): successful and failed outcome counts, their value
/// (null = not stated; then successful × the agreed value per outcome applies), evidence (a link).
/// <see cref="Corrects"/> names the record this one corrects (a validated record is never edited).
/// </summary>
public sealed record OutcomeClaim(
    string Initiative,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    long Successful,
    long Failed,
    decimal? Value,
    string Currency,
    string? Evidence,
    long? Corrects);
