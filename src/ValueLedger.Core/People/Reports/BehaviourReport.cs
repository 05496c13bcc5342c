using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Trust calibration from override rate against error rate: over-reliance (people override less often than the AI is
/// wrong: errors pass), under-reliance (they override more often than it is wrong: effort wasted), calibrated (within
/// the tolerance). Text form kebab-case.
/// </summary>
public enum RelianceSignal
{
    NoData,
    BelowThreshold,
    Calibrated,
    OverReliance,
    UnderReliance,
}

/// <summary>Which way a series moves over the range (first against last shown value). Text form kebab-case.</summary>
public enum TrendDirection
{
    NotEnoughData,
    Falling,
    Flat,
    Rising,
}

/// <summary>
/// One initiative in one month: override and error rates (% of reviewed outputs), the reliance signal, review minutes
/// per output, trust and learning (survey means 0–100 of the teams working on it, else of its business unit), each over
/// its people and suppressed below k.
/// </summary>
public sealed record BehaviourMonth(
    DateOnly Month, PeopleMeasure OverrideRate, PeopleMeasure ErrorRate, RelianceSignal Reliance,
    PeopleMeasure ReviewMinutesPerOutput, PeopleMeasure Trust, PeopleMeasure Learning);

/// <summary>
/// Capacity captured in one month: hours saved and where they went. <see cref="State"/> is below-threshold when fewer
/// than k people are behind the records (then every figure is null), no-data when there are none.
/// </summary>
public sealed record CapacityMonth(
    DateOnly Month, CellState State, int? People, decimal? HoursSaved, decimal? HoursRedeployed, decimal? HoursCostReduced, decimal? HoursNotCaptured);

/// <summary>
/// The behavioural P&amp;L of one initiative over a range of months: behaviour and capacity by month, the review-burden
/// trend, capacity totals over the shown months, and the validated value and allocated cost of the same months (so
/// hours saved sit beside money actually realised, never instead of it). Money in <see cref="Currency"/>.
/// </summary>
public sealed record InitiativeBehaviour(
    string Initiative, string Name, string BusinessUnit,
    IReadOnlyList<BehaviourMonth> Months, IReadOnlyList<CapacityMonth> Capacity,
    TrendDirection ReviewBurden, CapacityMonth CapacityTotal,
    decimal ValidatedValue, decimal AllocatedCost, string Currency);

/// <summary>Behavioural outcomes of every initiative over <c>[From, To)</c> (first days of months).</summary>
public sealed record BehaviourReport(DateOnly From, DateOnly To, int K, IReadOnlyList<InitiativeBehaviour> Initiatives);
