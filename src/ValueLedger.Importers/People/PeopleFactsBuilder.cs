using ValueLedger.Core.People;

namespace ValueLedger.Importers.People;

/// <summary>Collects one file's facts before they are written together.</summary>
internal sealed class PeopleFactsBuilder
{
    public List<TeamMembership> Memberships { get; } = [];

    public List<SeatGrant> Seats { get; } = [];

    public List<LearningRecord> Learning { get; } = [];

    public List<ActiveDay> ActiveDays { get; } = [];

    public List<TeamDailyActivity> TeamActivity { get; } = [];

    public List<WorkflowRecord> Workflows { get; } = [];

    public List<SurveyResponse> SurveyResponses { get; } = [];

    public List<SurveyAggregate> SurveyAggregates { get; } = [];

    public List<ReviewRecord> Reviews { get; } = [];

    public List<CapacityRecord> Capacity { get; } = [];

    public PeopleFacts Build() => new()
    {
        Memberships = Memberships,
        Seats = Seats,
        Learning = Learning,
        ActiveDays = ActiveDays,
        TeamActivity = TeamActivity,
        Workflows = Workflows,
        SurveyResponses = SurveyResponses,
        SurveyAggregates = SurveyAggregates,
        Reviews = Reviews,
        Capacity = Capacity,
    };
}
