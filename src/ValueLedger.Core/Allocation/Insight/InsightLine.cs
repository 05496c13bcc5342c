namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// A ledger line as <c>explain</c> shows it: what it is, when, how much (<see cref="Cost"/> in
/// <see cref="Currency"/>, net; null for unpriced telemetry) and where it came from (the source
/// file's name and the 1-based line or record number in it, when the format has one).
/// <see cref="Kind"/> is the record's kind: <c>cost</c> (cost of record) or <c>usage</c> (telemetry).
/// </summary>
public sealed record InsightLine(
    LineId Id,
    string Kind,
    string Provider,
    string? BillingAccountId,
    string? BillingAccountName,
    string? SubAccountId,
    string? SubAccountName,
    string? ServiceName,
    string? Model,
    string? ResourceId,
    DateTime ChargePeriodStart,
    DateTime ChargePeriodEnd,
    decimal? Cost,
    string? CostMeasure,
    string Currency,
    string SourceFileName,
    long? SourceLine);
