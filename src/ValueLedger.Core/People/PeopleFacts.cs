namespace ValueLedger.Core.People;

// Person-level facts as stored. `Person` is always the HMAC-SHA256 of the source's identifier (login or e-mail) under
// the installation secret (Core.Import.IIdentifierHasher); a raw identifier never reaches these records. They never
// leave the store except into the Core calculations, which return aggregates over teams with small groups suppressed.

/// <summary>A person belongs to a team from <see cref="From"/> until <see cref="To"/> (exclusive; null = still).
/// A person may belong to several teams at once; each team counts them.</summary>
/// <param name="Source">Where the membership came from: <c>seats</c>, <c>copilot-teams</c>, <c>roster</c>.</param>
public sealed record TeamMembership(string Person, string Team, DateOnly From, DateOnly? To, string Source);

/// <summary>A seat (licence, access) for an AI tool, from <see cref="From"/> until <see cref="To"/> (exclusive; null = still): the ladder's access rung.</summary>
public sealed record SeatGrant(string Person, string Tool, DateOnly From, DateOnly? To);

/// <summary>Awareness or training completion (an LMS record), counted from the day it was completed.</summary>
public sealed record LearningRecord(string Person, LearningKind Kind, string Course, DateOnly CompletedOn);

/// <summary>Awareness (a briefing, an intro module) or formal training.</summary>
public enum LearningKind
{
    Awareness,
    Training,
}

/// <summary>One day on which a person used an AI tool. <see cref="Source"/>: <c>copilot</c> (per-user daily report) or
/// <c>telemetry</c> (end-user hashes of the ledger's usage records). Unique per person, day and source.</summary>
public sealed record ActiveDay(string Person, DateOnly Day, string Source);

/// <summary>Daily team-level counts from the legacy <c>/copilot/metrics</c> API (no person in them). <see cref="Team"/>
/// is a team id, or empty for the whole organisation. Activity: shown, never scored.</summary>
public sealed record TeamDailyActivity(string Team, DateOnly Day, int ActiveUsers, int EngagedUsers, string Source);

/// <summary>A team's standard operating procedure for one workflow, as of a day: the workflow-integration evidence.</summary>
public sealed record WorkflowRecord(string Team, string Workflow, WorkflowStatus Status, DateOnly AsOf);

/// <summary>Whether a workflow's SOP has been updated to embed AI. Text form kebab-case: not-started, in-progress, updated.</summary>
public enum WorkflowStatus
{
    NotStarted,
    InProgress,
    Updated,
}

/// <summary>What a survey question measures, each scored 0–100. Text form kebab-case: executive-confidence,
/// manager-readiness, trust, learning, perceived-regular-use (the share of the workforce respondents believe uses AI
/// regularly: the perception side of the perception gap).</summary>
public enum SurveyMeasure
{
    ExecutiveConfidence,
    ManagerReadiness,
    Trust,
    Learning,
    PerceivedRegularUse,
}

/// <summary>One answer (score 0–100) from one respondent, kept with the respondent's hash so a person answering twice
/// counts once. <see cref="OrgUnit"/>: a team id, a business-unit id, or <c>organisation</c>.</summary>
public sealed record SurveyResponse(string OrgUnit, SurveyMeasure Measure, DateOnly Day, decimal Score, string Respondent);

/// <summary>A pre-aggregated survey result over <c>[PeriodStart, PeriodEnd)</c>: how many answered and their mean (0–100).</summary>
public sealed record SurveyAggregate(string OrgUnit, SurveyMeasure Measure, DateOnly PeriodStart, DateOnly PeriodEnd, int Respondents, decimal MeanScore);

/// <summary>Human review of an initiative's AI output over <c>[PeriodStart, PeriodEnd)</c>, by <see cref="People"/>
/// reviewers: outputs produced and reviewed, total review minutes, outputs the reviewers overrode, and outputs found
/// wrong (the AI error count, from QA sampling or downstream correction).</summary>
public sealed record ReviewRecord(
    string Initiative, DateOnly PeriodStart, DateOnly PeriodEnd, int People,
    long Outputs, long Reviewed, decimal ReviewMinutes, long Overrides, long AiErrors);

/// <summary>Hours an initiative saved over <c>[PeriodStart, PeriodEnd)</c> across <see cref="People"/> people, and
/// where they went: redeployed to other work, converted into a cost reduction; the rest was not captured.</summary>
public sealed record CapacityRecord(
    string Initiative, DateOnly PeriodStart, DateOnly PeriodEnd, int People,
    decimal HoursSaved, decimal HoursRedeployed, decimal HoursCostReduced)
{
    /// <summary>Saved hours neither redeployed nor converted (never negative).</summary>
    public decimal HoursNotCaptured => Math.Max(0m, HoursSaved - HoursRedeployed - HoursCostReduced);
}

/// <summary>
/// A set of person-level facts: what one people import writes, and what the store loads for a calculation.
/// </summary>
public sealed record PeopleFacts
{
    public static PeopleFacts Empty { get; } = new();

    public IReadOnlyList<TeamMembership> Memberships { get; init; } = [];

    public IReadOnlyList<SeatGrant> Seats { get; init; } = [];

    public IReadOnlyList<LearningRecord> Learning { get; init; } = [];

    public IReadOnlyList<ActiveDay> ActiveDays { get; init; } = [];

    public IReadOnlyList<TeamDailyActivity> TeamActivity { get; init; } = [];

    public IReadOnlyList<WorkflowRecord> Workflows { get; init; } = [];

    public IReadOnlyList<SurveyResponse> SurveyResponses { get; init; } = [];

    public IReadOnlyList<SurveyAggregate> SurveyAggregates { get; init; } = [];

    public IReadOnlyList<ReviewRecord> Reviews { get; init; } = [];

    public IReadOnlyList<CapacityRecord> Capacity { get; init; } = [];

    /// <summary>How many facts of all kinds.</summary>
    public int Count =>
        Memberships.Count + Seats.Count + Learning.Count + ActiveDays.Count + TeamActivity.Count + Workflows.Count
        + SurveyResponses.Count + SurveyAggregates.Count + Reviews.Count + Capacity.Count;
}
