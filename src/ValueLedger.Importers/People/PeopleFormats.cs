namespace ValueLedger.Importers.People;

/// <summary>The people file formats <c>valueledger people import</c> reads, by id (the <c>--format</c> values).</summary>
public static class PeopleFormats
{
    public const string Seats = "seats-csv";
    public const string Learning = "learning-csv";
    public const string CopilotUsage = "copilot-user-ndjson";
    public const string CopilotTeams = "copilot-teams";
    public const string CopilotMetrics = "copilot-metrics-json";
    public const string Workflow = "workflow-csv";
    public const string SurveyResponses = "survey-csv";
    public const string SurveyAggregates = "survey-aggregate-csv";
    public const string ReviewCapacity = "review-capacity-csv";

    /// <summary>Every format id with what it is, in the order a user reads them in the help.</summary>
    public static IReadOnlyList<(string Id, string Title)> All { get; } =
    [
        (Seats, "seat list CSV"),
        (Learning, "LMS learning CSV"),
        (CopilotUsage, "GitHub Copilot per-user daily usage NDJSON"),
        (CopilotTeams, "GitHub Copilot user-to-team report (CSV or NDJSON)"),
        (CopilotMetrics, "legacy GitHub /copilot/metrics JSON"),
        (Workflow, "team SOP / workflow status CSV"),
        (SurveyResponses, "survey responses CSV"),
        (SurveyAggregates, "pre-aggregated survey CSV"),
        (ReviewCapacity, "review and capacity CSV"),
    ];

    public static bool IsKnown(string? id) => All.Any(f => string.Equals(f.Id, id, StringComparison.Ordinal));

    public static string TitleOf(string id) => All.FirstOrDefault(f => f.Id == id).Title ?? id;
}
