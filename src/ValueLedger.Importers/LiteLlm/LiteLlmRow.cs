namespace ValueLedger.Importers.LiteLlm;

/// <summary>
/// One LiteLLM spend-log row as raw text, straight from the CSV reader's buffer or from a JSON
/// object, so that columns not kept are never turned into strings. An empty span means the column is
/// missing or empty. Numbers are their text; <see cref="RequestTags"/> and <see cref="Metadata"/> are
/// JSON text.
/// </summary>
internal ref struct LiteLlmRow
{
    /// <summary>1-based line where the row starts, for error messages.</summary>
    public long Line;

    /// <summary>What <see cref="Core.Ledger.SpendRecord.SourceLine"/> gets: the line, or the ordinal in a JSON array.</summary>
    public long SourceLine;

    public ReadOnlySpan<char> RequestId;
    public ReadOnlySpan<char> CallType;
    public ReadOnlySpan<char> ApiKey;
    public ReadOnlySpan<char> Spend;
    public ReadOnlySpan<char> PromptTokens;
    public ReadOnlySpan<char> CompletionTokens;
    public ReadOnlySpan<char> StartTime;
    public ReadOnlySpan<char> EndTime;
    public ReadOnlySpan<char> Model;
    public ReadOnlySpan<char> ModelGroup;
    public ReadOnlySpan<char> CustomLlmProvider;
    public ReadOnlySpan<char> User;
    public ReadOnlySpan<char> TeamId;
    public ReadOnlySpan<char> OrganizationId;
    public ReadOnlySpan<char> EndUser;
    public ReadOnlySpan<char> RequestTags;
    public ReadOnlySpan<char> Metadata;
    public ReadOnlySpan<char> CacheHit;
    public ReadOnlySpan<char> Status;
    public ReadOnlySpan<char> SessionId;
    public ReadOnlySpan<char> AgentId;
}
