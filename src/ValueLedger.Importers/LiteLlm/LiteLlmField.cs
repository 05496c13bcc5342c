namespace ValueLedger.Importers.LiteLlm;

/// <summary>The LiteLLM spend-log columns the importers read (others are ignored).</summary>
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
