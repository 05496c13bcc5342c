using ValueLedger.Core.People;

namespace ValueLedger.Importers.People;

/// <summary>Collects a file's facts until they are written (in chunks of <see cref="PeopleParse.ChunkFacts"/> into one transaction).</summary>
internal sealed class PeopleFactsBuilder
{
    public List<TeamMembership> Memberships { get; private set; } = [];

    public List<SeatGrant> Seats { get; private set; } = [];

    public List<LearningRecord> Learning { get; private set; } = [];

    public List<ActiveDay> ActiveDays { get; private set; } = [];

    public List<TeamDailyActivity> TeamActivity { get; private set; } = [];

    public List<WorkflowRecord> Workflows { get; private set; } = [];

    public List<SurveyResponse> SurveyResponses { get; private set; } = [];

    public List<SurveyAggregate> SurveyAggregates { get; private set; } = [];

    public List<ReviewRecord> Reviews { get; private set; } = [];

    public List<CapacityRecord> Capacity { get; private set; } = [];

    /// <summary>Facts collected since the last <see cref="Reset"/>.</summary>
    public int Count =>
        Memberships.Count + Seats.Count + Learning.Count + ActiveDays.Count + TeamActivity.Count + Workflows.Count
        + SurveyResponses.Count + SurveyAggregates.Count + Reviews.Count + Capacity.Count;

    /// <summary>Starts empty lists (the built ones now belong to the chunk written).</summary>
    public void Reset()
    {
        Memberships = [];
        Seats = [];
        Learning = [];
        ActiveDays = [];
        TeamActivity = [];
        Workflows = [];
        SurveyResponses = [];
        SurveyAggregates = [];
        Reviews = [];
        Capacity = [];
    }

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
