namespace ValueLedger.Importers.Otel;

/// <summary>
/// OpenTelemetry GenAI semantic-convention attribute names (status "development"), current and
/// deprecated, plus the custom attributes that commonly carry team and project.
/// </summary>
internal static class GenAiAttributes
{
    public const string Prefix = "gen_ai.";
    public const string UsagePrefix = "gen_ai.usage.";
    public const string ProviderName = "gen_ai.provider.name";

    /// <summary>Deprecated name of <see cref="ProviderName"/>.</summary>
    public const string System = "gen_ai.system";
    public const string OperationName = "gen_ai.operation.name";
    public const string RequestModel = "gen_ai.request.model";
    public const string ResponseModel = "gen_ai.response.model";

    /// <summary>Input tokens, cached ones included.</summary>
    public const string InputTokens = "gen_ai.usage.input_tokens";
    public const string OutputTokens = "gen_ai.usage.output_tokens";
    public const string CacheReadInputTokens = "gen_ai.usage.cache_read.input_tokens";
    public const string CacheCreationInputTokens = "gen_ai.usage.cache_creation.input_tokens";
    public const string ReasoningOutputTokens = "gen_ai.usage.reasoning.output_tokens";

    /// <summary>Deprecated name of <see cref="InputTokens"/>.</summary>
    public const string PromptTokens = "gen_ai.usage.prompt_tokens";

    /// <summary>Deprecated name of <see cref="OutputTokens"/>.</summary>
    public const string CompletionTokens = "gen_ai.usage.completion_tokens";
    public const string AgentId = "gen_ai.agent.id";
    public const string AgentName = "gen_ai.agent.name";
    public const string ConversationId = "gen_ai.conversation.id";

    /// <summary>Set by instrumentations when the operation failed.</summary>
    public const string ErrorType = "error.type";

    /// <summary>Team attributes, in order of preference.</summary>
    public static readonly string[] Team = ["team", "team.name", "app.team"];

    /// <summary>Project attributes, in order of preference.</summary>
    public static readonly string[] Project = ["project", "project.id"];

    /// <summary>Person identifiers, in order of preference: hashed into EndUserHash, never kept as tags.</summary>
    public static readonly string[] Person =
        ["enduser.id", "enduser.pseudo.id", "user.id", "user.email", "user.name", "user.full_name", "user.hash"];

    /// <summary>
    /// Whether an attribute names or describes a person (user.*, enduser.*, e-mail addresses), so
    /// that it is never kept in clear.
    /// </summary>
    public static bool IsPerson(string key) =>
        key.StartsWith("user.", StringComparison.Ordinal)
        || key.StartsWith("enduser.", StringComparison.Ordinal)
        || key is "user" or "username" or "email"
        || key.EndsWith(".email", StringComparison.Ordinal);
}
