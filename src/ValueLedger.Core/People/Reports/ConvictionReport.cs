using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>The five levels of conviction distance, in order. Text form kebab-case: executive-confidence,
/// manager-readiness, workforce-use, workflow-integration, realised-outcome.</summary>
public enum ConvictionLevel
{
    ExecutiveConfidence,
    ManagerReadiness,
    WorkforceUse,
    WorkflowIntegration,
    RealisedOutcome,
}

/// <summary>
/// One level's score (0–100). <see cref="People"/> is how many people it was computed over for the people-based levels
/// (surveys, workforce use; shown only at k or more), null for workflow integration (share of in-scope workflows with
/// an updated SOP) and realised outcome (attribution coverage); <see cref="Basis"/> says what it was computed from.
/// </summary>
public sealed record ConvictionScore(ConvictionLevel Level, CellState State, decimal? Score, int? People, string Basis);

/// <summary>
/// One org unit (a business-unit id, or <c>organisation</c>) in one month: the five levels, the distance (first shown level −
/// last shown level, null with fewer than two shown), and where conviction breaks: the largest drop between adjacent shown levels,
/// named by the level it drops to.
/// </summary>
public sealed record ConvictionUnit(
    string OrgUnit, string Name, IReadOnlyList<ConvictionScore> Levels, decimal? Distance, ConvictionLevel? BreaksAt, decimal? LargestStep);

/// <summary>The distance of one org unit in one month, for the trend.</summary>
public sealed record ConvictionTrendPoint(string OrgUnit, DateOnly Month, decimal? Distance);

public sealed record ConvictionReport(DateOnly Month, int K, IReadOnlyList<ConvictionUnit> Units, IReadOnlyList<ConvictionTrendPoint> Trend);
