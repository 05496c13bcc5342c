namespace ValueLedger.Core.People.Privacy;

/// <summary>
/// What a people cell shows: a value; "below threshold" (there is data, but fewer than k people are behind it, or it
/// was suppressed so another small cell cannot be recovered from totals); or "no data" (nothing was imported for it).
/// Text form kebab-case: value, below-threshold, no-data.
/// </summary>
public enum CellState
{
    Value,
    BelowThreshold,
    NoData,
}
