namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// The incentive scoreboard of <see cref="Period"/> (a UTC calendar month, its first instant) against
/// <see cref="PreviousPeriod"/>: one line per business unit (declared order, then any other unit the
/// ledger names) and the organisation's money per currency (<see cref="Overall"/>, Unallocated included).
/// </summary>
public sealed record ScoreboardReport(DateTime Period, DateTime PreviousPeriod, IReadOnlyList<BuScore> Units, IReadOnlyList<ScoreboardMoney> Overall);
