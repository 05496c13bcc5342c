namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// The counting outcome records of one initiative in one UTC calendar month (<see cref="Month"/> = its first
/// instant, UTC), in one <see cref="Currency"/>: validated successful and failed outcomes and their
/// value (money), and how many claims were validated and rejected. Counts are decimals because a record
/// whose period spans months is spread over them in proportion to days (<see cref="OutcomeSpread"/>).
/// "Counting" = the caller has already dropped claims still open and validated records that a later
/// validated record corrects.
/// </summary>
public sealed record OutcomeMonth(
    string Initiative,
    DateTime Month,
    string Currency,
    decimal Successful,
    decimal Failed,
    decimal Value,
    decimal ValidatedClaims,
    decimal RejectedClaims);
