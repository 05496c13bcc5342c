using System.Globalization;
using nietras.SeparatedValues;

namespace ValueLedger.Cli.Demo;

/// <summary>Writes requests as a LiteLLM spend-log CSV export (LiteLLM_SpendLogs columns).</summary>
internal sealed class LiteLlmCsvWriter : IDisposable
{
    private static readonly string[] Columns =
    [
        "request_id", "call_type", "api_key", "spend", "prompt_tokens", "completion_tokens", "total_tokens", "startTime", "endTime",
        "model", "model_group", "custom_llm_provider", "user", "team_id", "organization_id", "end_user", "request_tags", "metadata",
        "cache_hit", "status", "session_id", "agent_id",
    ];

    private readonly SepWriter _writer;
    private long _sequence;

    public LiteLlmCsvWriter(string path, long firstSequence = 0)
    {
        _writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(path);
        _sequence = firstSequence;
    }

    public long Rows { get; private set; }

    public void Write(in DemoRequest request)
    {
        var w = request.Workload;
        var id = _sequence++;
        using var row = _writer.NewRow();
        row[Columns[0]].Set(string.Create(CultureInfo.InvariantCulture, $"chatcmpl-{id:x12}"));
        row[Columns[1]].Set("acompletion");
        row[Columns[2]].Set(string.Create(CultureInfo.InvariantCulture, $"88dc28d0f030c55ed4ab77ed8faf098196cb1c05df778539800c9f1243fe6b4{w.Team.Length % 10}"));
        row[Columns[3]].Set(request.Failed ? "0.0" : request.Cost.ToString(CultureInfo.InvariantCulture));
        row[Columns[4]].Format(request.Failed ? 0 : request.InputTokens);
        row[Columns[5]].Format(request.Failed ? 0 : request.OutputTokens);
        row[Columns[6]].Format(request.Failed ? 0 : request.InputTokens + request.OutputTokens);
        row[Columns[7]].Set(Iso(request.Start));
        row[Columns[8]].Set(Iso(request.Start.AddMilliseconds(request.DurationMs)));
        row[Columns[9]].Set(DeploymentName(w.Provider, request.Model));
        row[Columns[10]].Set(request.Model);
        row[Columns[11]].Set(w.Provider);
        row[Columns[12]].Set(string.Create(CultureInfo.InvariantCulture, $"user{request.User:D4}@northwind.example"));
        row[Columns[13]].Set(w.Team);
        row[Columns[14]].Set("northwind");
        row[Columns[15]].Set(string.Empty);
        row[Columns[16]].Set(string.Create(CultureInfo.InvariantCulture, $"[\"env:prod\",\"feature:{w.Project}\"]"));
        row[Columns[17]].Set(string.Create(CultureInfo.InvariantCulture, $"{{\"project_id\":\"{w.Project}\",\"user_api_key_team_alias\":\"{w.Team}\"}}"));
        row[Columns[18]].Set(request.CachedTokens > 0 && request.CachedTokens == request.InputTokens ? "True" : "False");
        row[Columns[19]].Set(request.Failed ? "failure" : "success");
        row[Columns[20]].Set(string.Create(CultureInfo.InvariantCulture, $"sess-{id / 6:x10}"));
        row[Columns[21]].Set(w.AgentId ?? string.Empty);
        Rows++;
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>The deployment name LiteLLM logs in <c>model</c>, e.g. <c>azure/gpt-4o</c>.</summary>
    public static string DeploymentName(string provider, string model) => provider switch
    {
        "bedrock" => model switch
        {
            "claude-sonnet-4-5" => "bedrock/us.anthropic.claude-sonnet-4-5-20250929-v1:0",
            "claude-3-5-haiku" => "bedrock/anthropic.claude-3-5-haiku-20241022-v1:0",
            _ => $"bedrock/{model}",
        },
        _ => $"{provider}/{model}",
    };

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
