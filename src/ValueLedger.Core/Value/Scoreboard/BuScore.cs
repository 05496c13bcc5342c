namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// One business unit's line of the incentive scoreboard for a month. Scored: <see cref="Money"/> (coverage
/// change, cost per successful outcome change; one entry per currency), <see cref="LaggardsRetired"/>.
/// Outcomes (fractional when spread over months): validated successful this and the previous month, the
/// success rate, claims reviewed and the rejected share (null with none reviewed). <see cref="Flags"/>:
/// gaming flags raised. <see cref="Activity"/>: shown, not scored.
/// </summary>
public sealed record BuScore(
    string Bu,
    IReadOnlyList<ScoreboardMoney> Money,
    int LaggardsRetired,
    decimal ValidatedSuccessful,
    decimal PreviousValidatedSuccessful,
    decimal? SuccessRate,
    decimal ReviewedClaims,
    decimal? RejectedShare,
    IReadOnlyList<GamingSignal> Flags,
    ScoreboardActivity Activity);
