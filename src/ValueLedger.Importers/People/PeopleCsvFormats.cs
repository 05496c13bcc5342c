using ValueLedger.Core.People;

namespace ValueLedger.Importers.People;

/// <summary>
/// The CSV people formats, in the order detection tries them (most specific header first: a seat list also has a
/// person and a team, so it is tried before the user-to-team report).
/// </summary>
internal static partial class PeopleCsvFormats
{
    private static readonly string[] PersonAliases = ["user", "login", "user_login", "email", "e_mail", "user_email", "username", "assignee", "assignee_login", "github_login"];

    public static IReadOnlyList<PeopleCsvFormat> All { get; } =
    [
        new(PeopleFormats.ReviewCapacity, ReviewCapacityColumns, ParseReviewCapacity),
        new(PeopleFormats.SurveyAggregates, SurveyAggregateColumns, ParseSurveyAggregate),
        new(PeopleFormats.SurveyResponses, SurveyResponseColumns, ParseSurveyResponse),
        new(PeopleFormats.Workflow, WorkflowColumns, ParseWorkflow),
        new(PeopleFormats.Learning, LearningColumns, ParseLearning),
        new(PeopleFormats.Seats, SeatColumns, ParseSeat),
        new(PeopleFormats.CopilotTeams, TeamColumns, ParseTeam),
    ];

    public static PeopleCsvFormat? Find(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The first format whose required columns <paramref name="header"/> all has, or null.</summary>
    public static PeopleCsvFormat? Detect(IReadOnlyList<string> header) => All.FirstOrDefault(f => f.Missing(header).Count == 0);

    private static PeopleColumn[] SeatColumns =>
    [
        PeopleColumn.Needed("person", PersonAliases),
        PeopleColumn.Needed("assigned", "assigned_at", "assigned_on", "seat_assigned", "seat_assigned_at", "created_at", "start", "from"),
        PeopleColumn.Optional("team", "team_id", "team_slug", "assigning_team", "department"),
        PeopleColumn.Optional("tool", "product", "seat_type", "plan_type"),
        PeopleColumn.Optional("removed", "removed_at", "removed_on", "seat_removed", "pending_cancellation_date", "end", "to", "until"),
    ];

    /// <summary>A seat (tool default <c>github-copilot</c>) and, when the row names a team, the membership it implies.</summary>
    private static void ParseSeat(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var person = fields.Person("person", row["person"]);
        var from = PeopleFields.Date("assigned", row["assigned"]);
        var to = PeopleFields.OptionalDate("removed", row["removed"]);
        if (to <= from)
        {
            throw new PeopleRowException("removed", $"must be after assigned {from:yyyy-MM-dd} (the seat is held over [assigned, removed))");
        }

        var tool = row.Has("tool") ? PeopleFields.Name("tool", row["tool"]).ToLowerInvariant() : "github-copilot";
        var team = row.Has("team") ? fields.Team("team", row["team"]) : null;
        facts.Seats.Add(new SeatGrant(person, tool, from, to));
        if (team is not null)
        {
            facts.Memberships.Add(new TeamMembership(person, team, from, to, "seats"));
        }
    }

    private static PeopleColumn[] LearningColumns =>
    [
        PeopleColumn.Needed("person", PersonAliases),
        PeopleColumn.Needed("course", "course_id", "course_name", "module", "title"),
        PeopleColumn.Needed("completed", "completed_on", "completed_at", "completion_date", "date"),
        PeopleColumn.Optional("kind", "type", "category"),
    ];

    /// <summary>A completion; kind awareness or training (default training).</summary>
    private static void ParseLearning(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var person = fields.Person("person", row["person"]);
        var course = PeopleFields.Name("course", row["course"]);
        var completed = PeopleFields.Date("completed", row["completed"]);
        var kind = row["kind"].ToLowerInvariant() switch
        {
            "" or "training" => LearningKind.Training,
            "awareness" => LearningKind.Awareness,
            _ => throw new PeopleRowException("kind", "is not awareness or training"),
        };
        facts.Learning.Add(new LearningRecord(person, kind, course, completed));
    }

    private static PeopleColumn[] TeamColumns =>
    [
        PeopleColumn.Needed("login", "user_login", "user", "person", "email", "username"),
        PeopleColumn.Needed("team", "team_slug", "slug", "team_name", "team_id"),
        PeopleColumn.Optional("date", "day", "as_of", "from", "report_date"),
    ];

    /// <summary>A user-to-team line: membership from its date (else from the day of the import).</summary>
    private static void ParseTeam(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts) =>
        facts.Memberships.Add(CopilotTeamLine(fields, row["login"], row["team"], row["date"]));

    /// <summary>Shared by the CSV and NDJSON forms of the user-to-team report.</summary>
    internal static TeamMembership CopilotTeamLine(PeopleFields fields, string login, string team, string date)
    {
        var person = fields.Person("login", login);
        var teamId = fields.Team("team", team);
        var from = date.Length == 0 ? fields.Today : PeopleFields.Date("date", date);
        return new TeamMembership(person, teamId, from, null, "copilot-teams");
    }

    private static PeopleColumn[] WorkflowColumns =>
    [
        PeopleColumn.Needed("team", "team_id", "team_slug"),
        PeopleColumn.Needed("workflow", "process", "sop"),
        PeopleColumn.Needed("status", "sop_status", "state"),
        PeopleColumn.Needed("as_of", "date", "updated_on", "updated_at", "day"),
    ];

    private static void ParseWorkflow(PeopleCsvRecord row, PeopleFields fields, PeopleFactsBuilder facts)
    {
        var team = fields.Team("team", row["team"]);
        var workflow = PeopleFields.Name("workflow", row["workflow"]);
        var status = row["status"].ToLowerInvariant().Replace('_', '-').Replace(' ', '-') switch
        {
            "not-started" => WorkflowStatus.NotStarted,
            "in-progress" => WorkflowStatus.InProgress,
            "updated" => WorkflowStatus.Updated,
            _ => throw new PeopleRowException("status", "is not not-started, in-progress or updated"),
        };
        facts.Workflows.Add(new WorkflowRecord(team, workflow, status, PeopleFields.Date("as_of", row["as_of"])));
    }
}
