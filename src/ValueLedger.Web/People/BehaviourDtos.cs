using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

// GET /api/people/behaviour. Months YYYY-MM; rates in % of reviewed outputs; review burden in minutes per output;
// trust and learning are survey means 0–100; hours are numbers; money exact decimal strings in currency. Field names as the
// CLI's `valueledger behaviour --format json` (docs/cli-json.md).

/// <summary>Behavioural outcomes of the initiatives the caller may see over the months <c>[from, to)</c> (<c>to</c> exclusive).</summary>
internal sealed record BehaviourDto(string From, string To, int K, IReadOnlyList<InitiativeBehaviourDto> Initiatives, CapacityConversionDto Capacity);

/// <summary>One initiative: behaviour and capacity by month, the review-burden trend, and the value and cost of the same months.</summary>
internal sealed record InitiativeBehaviourDto(
    string Id, string Name, string BusinessUnit, string ReviewBurden, string? Reliance,
    IReadOnlyList<BehaviourMonthDto> Months, IReadOnlyList<CapacityMonthDto> Capacity, CapacityMonthDto CapacityTotal,
    string ValidatedValue, string AllocatedCost, string Currency);

/// <summary>
/// One month: override and error rates, the reliance signal (over-reliance, under-reliance, calibrated, below-threshold,
/// no-data), review minutes per output, trust and learning.
/// </summary>
internal sealed record BehaviourMonthDto(
    string Month, PeopleMeasure OverrideRatePercent, PeopleMeasure ErrorRatePercent, string Reliance,
    PeopleMeasure ReviewMinutesPerOutput, PeopleMeasure Trust, PeopleMeasure Learning);

/// <summary>
/// Hours saved and where they went (redeployed, cost reduced, not captured) in a month or in total; every figure null
/// unless <c>state</c> is value (below-threshold: fewer than k people behind the records; no-data: none).
/// </summary>
internal sealed record CapacityMonthDto(
    string? Month, string State, int? People, decimal? HoursSaved, decimal? HoursRedeployed, decimal? HoursCostReduced, decimal? HoursNotCaptured);

/// <summary>
/// Capacity conversion across the shown initiatives: the sums of the initiatives whose totals are shown, and how many
/// initiatives were left out because their capacity is below threshold (their hours are not in the sums).
/// </summary>
internal sealed record CapacityConversionDto(
    decimal HoursSaved, decimal HoursRedeployed, decimal HoursCostReduced, decimal HoursNotCaptured, int InitiativesShown, int InitiativesBelowThreshold);
