namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// A business unit's (or the organisation's) money figures of the month in one <see cref="Currency"/>.
/// Coverages are fractions in [0, 1] (null without gross cost); <see cref="CoverageChangePoints"/> is in
/// percentage points (null unless both months are defined). <see cref="CostPerOutcomeChange"/> is the
/// spend-weighted relative change of cost per successful outcome (−0.1 = fell 10 %, good), over the
/// <see cref="InitiativesInCostChange"/> initiatives defined in both months; null when there are none.
/// Net cost, value realised and net value are money of the month; ROI a fraction (null when cost ≤ 0).
/// </summary>
public sealed record ScoreboardMoney(
    string Currency,
    decimal GrossInScope,
    decimal AttributedGross,
    decimal? Coverage,
    decimal? PreviousCoverage,
    decimal? CoverageChangePoints,
    decimal? CostPerOutcomeChange,
    int InitiativesInCostChange,
    decimal NetCost,
    decimal ValueRealised,
    decimal NetValue,
    decimal? Roi);
