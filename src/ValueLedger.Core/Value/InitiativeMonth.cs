namespace ValueLedger.Core.Value;

/// <summary>
/// One month of one business unit / initiative (null = none; both null = Unallocated) in one currency:
/// allocated cost (net, and gross = positive lines only) from the latest allocation, and the activity of
/// the usage telemetry the allocation attributed to it (requests, tokens, telemetry records) — activity
/// is shown, never scored.
/// </summary>
public sealed record InitiativeMonth(DateTime Month, string? Bu, string? Initiative, string Currency, decimal NetCost, decimal GrossCost, long Requests, long Tokens, long TelemetryRecords);
