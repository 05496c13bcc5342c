namespace ValueLedger.Importers.LiteLlm;

/// <summary>
/// Where each LiteLLM spend-log column sits in a CSV header, resolved once per file (-1 when absent).
/// Names match case-insensitively; <c>startTime</c> / <c>start_time</c> and <c>endTime</c> /
/// <c>end_time</c> are both accepted, as exports from the database, the API and the UI differ.
/// </summary>
internal sealed class LiteLlmColumns
{
    public int RequestId { get; private set; } = -1;
    public int CallType { get; private set; } = -1;
    public int ApiKey { get; private set; } = -1;
    public int Spend { get; private set; } = -1;
    public int PromptTokens { get; private set; } = -1;
    public int CompletionTokens { get; private set; } = -1;
    public int StartTime { get; private set; } = -1;
    public int EndTime { get; private set; } = -1;
    public int Model { get; private set; } = -1;
    public int ModelGroup { get; private set; } = -1;
    public int CustomLlmProvider { get; private set; } = -1;
    public int User { get; private set; } = -1;
    public int TeamId { get; private set; } = -1;
    public int OrganizationId { get; private set; } = -1;
    public int EndUser { get; private set; } = -1;
    public int RequestTags { get; private set; } = -1;
    public int Metadata { get; private set; } = -1;
    public int CacheHit { get; private set; } = -1;
    public int Status { get; private set; } = -1;
    public int SessionId { get; private set; } = -1;
    public int AgentId { get; private set; } = -1;

    /// <summary>Number of columns in the header.</summary>
    public int Count { get; private set; }

    /// <summary>Resolves the indexes from the header names (first occurrence wins).</summary>
    public static LiteLlmColumns Resolve(IReadOnlyList<string> names)
    {
        var columns = new LiteLlmColumns { Count = names.Count };
        for (var i = 0; i < names.Count; i++)
        {
            columns.Assign(Normalize(names[i]), i);
        }

        return columns;
    }

    /// <summary>
    /// The required columns that are missing: request_id, startTime, model, and a spend or token
    /// column (a row needs one of them to be worth anything). Empty when the header is usable.
    /// </summary>
    public List<string> Missing()
    {
        var missing = new List<string>();
        if (RequestId < 0)
        {
            missing.Add("request_id");
        }

        if (StartTime < 0)
        {
            missing.Add("startTime");
        }

        if (Model < 0)
        {
            missing.Add("model");
        }

        if (Spend < 0 && PromptTokens < 0 && CompletionTokens < 0)
        {
            missing.Add("spend (or prompt_tokens / completion_tokens)");
        }

        return missing;
    }

    /// <summary>Lower case, without underscores or surrounding spaces: <c>startTime</c> = <c>start_time</c>.</summary>
    internal static string Normalize(string name) =>
        name.Trim().Trim('\uFEFF').Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>The field a normalised column or property name stands for, or null for others.</summary>
    internal static LiteLlmField? FieldOf(string normalized) => normalized switch
    {
        "requestid" => LiteLlmField.RequestId,
        "calltype" => LiteLlmField.CallType,
        "apikey" => LiteLlmField.ApiKey,
        "spend" => LiteLlmField.Spend,
        "prompttokens" => LiteLlmField.PromptTokens,
        "completiontokens" => LiteLlmField.CompletionTokens,
        "starttime" => LiteLlmField.StartTime,
        "endtime" => LiteLlmField.EndTime,
        "model" => LiteLlmField.Model,
        "modelgroup" => LiteLlmField.ModelGroup,
        "customllmprovider" => LiteLlmField.CustomLlmProvider,
        "user" => LiteLlmField.User,
        "teamid" => LiteLlmField.TeamId,
        "organizationid" => LiteLlmField.OrganizationId,
        "enduser" => LiteLlmField.EndUser,
        "requesttags" => LiteLlmField.RequestTags,
        "metadata" => LiteLlmField.Metadata,
        "cachehit" => LiteLlmField.CacheHit,
        "status" => LiteLlmField.Status,
        "sessionid" => LiteLlmField.SessionId,
        "agentid" => LiteLlmField.AgentId,
        _ => null,
    };

    private void Assign(string normalized, int index)
    {
        switch (FieldOf(normalized))
        {
            case LiteLlmField.RequestId: RequestId = First(RequestId, index); break;
            case LiteLlmField.CallType: CallType = First(CallType, index); break;
            case LiteLlmField.ApiKey: ApiKey = First(ApiKey, index); break;
            case LiteLlmField.Spend: Spend = First(Spend, index); break;
            case LiteLlmField.PromptTokens: PromptTokens = First(PromptTokens, index); break;
            case LiteLlmField.CompletionTokens: CompletionTokens = First(CompletionTokens, index); break;
            case LiteLlmField.StartTime: StartTime = First(StartTime, index); break;
            case LiteLlmField.EndTime: EndTime = First(EndTime, index); break;
            case LiteLlmField.Model: Model = First(Model, index); break;
            case LiteLlmField.ModelGroup: ModelGroup = First(ModelGroup, index); break;
            case LiteLlmField.CustomLlmProvider: CustomLlmProvider = First(CustomLlmProvider, index); break;
            case LiteLlmField.User: User = First(User, index); break;
            case LiteLlmField.TeamId: TeamId = First(TeamId, index); break;
            case LiteLlmField.OrganizationId: OrganizationId = First(OrganizationId, index); break;
            case LiteLlmField.EndUser: EndUser = First(EndUser, index); break;
            case LiteLlmField.RequestTags: RequestTags = First(RequestTags, index); break;
            case LiteLlmField.Metadata: Metadata = First(Metadata, index); break;
            case LiteLlmField.CacheHit: CacheHit = First(CacheHit, index); break;
            case LiteLlmField.Status: Status = First(Status, index); break;
            case LiteLlmField.SessionId: SessionId = First(SessionId, index); break;
            case LiteLlmField.AgentId: AgentId = First(AgentId, index); break;
            default: break;
        }
    }

    private static int First(int current, int index) => current >= 0 ? current : index;
}
