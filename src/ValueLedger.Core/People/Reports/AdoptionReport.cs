using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>
/// The seven rungs of the adoption ladder (PRODUCT.md), with <see cref="None"/> for a team member with no evidence of
/// any rung (not even a seat). Text form kebab-case: none, access, awareness, training, experimentation, regular-use,
/// workflow-integration, measured-outcome.
/// </summary>
public enum AdoptionRung
{
    None = 0,
    Access = 1,
    Awareness = 2,
    Training = 3,
    Experimentation = 4,
    RegularUse = 5,
    WorkflowIntegration = 6,
    MeasuredOutcome = 7,
}

/// <summary>
/// One team in one month: members (distinct people with a membership overlapping the month), how many stand at each
/// rung as their highest (<c>AtRung</c>, indexed by <see cref="AdoptionRung"/>, 8 entries), and the share at
/// regular use or above (0–100, over the members). All suppressed below k with complementary suppression.
/// </summary>
public sealed record AdoptionTeamRow(
    string Team, string Name, string BusinessUnit, PeopleCount Members, IReadOnlyList<PeopleCount> AtRung, PeopleMeasure RegularUseShare);

/// <summary>One funnel step: people who reached at least this rung, and the conversion from the step before (0–100 %,
/// null when either step is suppressed or the step before is 0).</summary>
public sealed record AdoptionFunnelStep(AdoptionRung Rung, PeopleCount ReachedAtLeast, decimal? ConversionFromPrevious);

/// <summary>
/// What respondents believe (survey <c>perceived-regular-use</c>, mean 0–100, over its respondents) against what is
/// measured (the share of people at regular use or above); the gap in percentage points is believed − measured,
/// null when either side is not shown.
/// </summary>
public sealed record PerceptionGap(PeopleMeasure Believed, PeopleMeasure Measured, decimal? GapPoints);

/// <summary>One month of the organisation-wide trend: people on the ladder and the share at regular use or above.</summary>
public sealed record AdoptionMonth(DateOnly Month, PeopleCount Population, PeopleMeasure RegularUseShare);

/// <summary>
/// Data-quality counts (suppressed like any people count): people active in a usage report but in no team; people
/// with an awareness or training record but no seat in the month; people in more than one team (each team counts them,
/// the organisation once).
/// </summary>
public sealed record AdoptionDataQuality(PeopleCount ActiveWithoutTeam, PeopleCount LearningWithoutSeat, PeopleCount InSeveralTeams);

/// <summary>
/// The adoption ladder of one month (<see cref="Month"/> = its first day): per team, the organisation's totals
/// (distinct people), the funnel with conversions, the perception gap and the trend.
/// </summary>
public sealed record AdoptionReport(
    DateOnly Month,
    int K,
    PeopleSettings Settings,
    IReadOnlyList<AdoptionTeamRow> Teams,
    AdoptionTeamRow Organisation,
    IReadOnlyList<AdoptionFunnelStep> Funnel,
    PerceptionGap PerceptionGap,
    IReadOnlyList<AdoptionMonth> Trend,
    AdoptionDataQuality Quality);
