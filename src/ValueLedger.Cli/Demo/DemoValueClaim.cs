using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// One demo outcome claim over the calendar month <see cref="Month"/> (its first day; the period is the whole
/// month, half-open), at the 200,000-row scale. The owner BU records it on the 5th of the next month; finance
/// reviews it on the 12th with <see cref="Decision"/> (<see cref="OutcomeStatus.Claimed"/> = left awaiting
/// finance) and <see cref="Reason"/>. The value is not stated: successful × the agreed value per outcome applies.
/// </summary>
internal sealed record DemoValueClaim(DateOnly Month, long Successful, long Failed, OutcomeStatus Decision, string? Reason = null);
