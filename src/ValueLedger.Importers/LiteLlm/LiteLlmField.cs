namespace ValueLedger.Importers.LiteLlm;

/// <summary>
/// The LiteLLM spend-log columns the importers read. Others are ignored, among them total_tokens
/// (prompt + completion, nothing new), messages / response (content, never stored) and api_base.
/// </summary>
internal enum LiteLlmField
{
    RequestId,
    CallType,
    ApiKey,
    Spend,
    PromptTokens,
    CompletionTokens,
    StartTime,
    EndTime,
    Model,
    ModelGroup,
    CustomLlmProvider,
    User,
    TeamId,
    OrganizationId,
    EndUser,
    RequestTags,
    Metadata,
    CacheHit,
    Status,
    SessionId,
    AgentId,
}
