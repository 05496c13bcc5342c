using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Writes a month of provider API exports as their APIs return them: OpenAI usage and costs pages,
/// Anthropic usage and cost reports (cost amounts in cents, as decimal strings).
/// </summary>
internal static class ProviderApiWriters
{
    public static void OpenAiUsage(string path, IEnumerable<ApiBucket> buckets) =>
        Page(path, buckets, (json, b) =>
        {
            json.WriteString("object", "organization.usage.completions.result");
            json.WriteNumber("input_tokens", b.InputTokens);
            json.WriteNumber("output_tokens", b.OutputTokens);
            json.WriteNumber("num_model_requests", b.Requests);
            json.WriteString("project_id", ProjectId(b.Workload));
            json.WriteNull("user_id");
            json.WriteString("api_key_id", b.ApiKey);
            json.WriteString("model", b.Model == "gpt-4o" ? "gpt-4o-2024-08-06" : b.Model == "gpt-4.1-mini" ? "gpt-4.1-mini-2025-04-14" : b.Model);
            json.WriteBoolean("batch", false);
            json.WriteNumber("input_cached_tokens", b.CachedTokens);
            json.WriteNumber("input_audio_tokens", 0);
            json.WriteNumber("output_audio_tokens", 0);
        }, unix: true);

    public static void OpenAiCosts(string path, IEnumerable<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> lines) =>
        Page(path, lines.Select(l => (l.Day, Line: l)), (json, l) =>
        {
            json.WriteString("object", "organization.costs.result");
            json.WriteStartObject("amount");
            json.WriteNumber("value", decimal.Round(l.Line.Cost, 10));
            json.WriteString("currency", "usd");
            json.WriteEndObject();
            json.WriteString("line_item", $"{l.Line.Model}, {Direction(l.Line.Direction)}");
            json.WriteString("project_id", l.Line.Project);
            json.WriteString("organization_id", "org-northwind");
        }, unix: true, day: l => l.Day);

    public static void AnthropicUsage(string path, IEnumerable<ApiBucket> buckets) =>
        Page(path, buckets, (json, b) =>
        {
            json.WriteNumber("uncached_input_tokens", b.InputTokens - b.CachedTokens);
            json.WriteNumber("cache_read_input_tokens", b.CachedTokens);
            json.WriteStartObject("cache_creation");
            json.WriteNumber("ephemeral_5m_input_tokens", 0);
            json.WriteNumber("ephemeral_1h_input_tokens", 0);
            json.WriteEndObject();
            json.WriteNumber("output_tokens", b.OutputTokens);
            json.WriteStartObject("server_tool_use");
            json.WriteNumber("web_search_requests", 0);
            json.WriteEndObject();
            json.WriteString("api_key_id", b.ApiKey);
            json.WriteString("workspace_id", WorkspaceId(b.Workload));
            json.WriteString("model", AnthropicModel(b.Model));
            json.WriteString("service_tier", "standard");
            json.WriteString("context_window", "0-200k");
        }, unix: false);

    public static void AnthropicCost(string path, IEnumerable<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> lines) =>
        Page(path, lines.Select(l => (l.Day, Line: l)), (json, l) =>
        {
            json.WriteString("currency", "USD");
            // Cents as a decimal string: USD 1.2345 is "123.45".
            json.WriteString("amount", decimal.Round(l.Line.Cost * 100m, 8).ToString(CultureInfo.InvariantCulture));
            json.WriteString("workspace_id", l.Line.Project);
            json.WriteString("description", $"{AnthropicModel(l.Line.Model)} {Direction(l.Line.Direction)} tokens");
            json.WriteString("cost_type", "tokens");
            json.WriteString("context_window", "0-200k");
            json.WriteString("model", AnthropicModel(l.Line.Model));
            json.WriteString("service_tier", "standard");
            json.WriteString("token_type", l.Line.Direction switch { TokenDirection.Input => "uncached_input_tokens", TokenDirection.CachedInput => "cache_read_input_tokens", _ => "output_tokens" });
        }, unix: false, day: l => l.Day);

    public static string ProjectId(DemoWorkload w) => "proj_" + w.Project.Replace('-', '_');

    public static string WorkspaceId(DemoWorkload w) => "wrkspc_" + w.Team;

    public static string AnthropicModel(string model) => model switch
    {
        "claude-opus-4-1" => "claude-opus-4-1-20250805",
        "claude-sonnet-4-5" => "claude-sonnet-4-5-20250929",
        _ => model,
    };

    private static string Direction(TokenDirection d) => d switch
    {
        TokenDirection.Input => "input",
        TokenDirection.CachedInput => "cached input",
        _ => "output",
    };

    private static void Page(string path, IEnumerable<ApiBucket> buckets, Action<Utf8JsonWriter, ApiBucket> result, bool unix) =>
        Page(path, buckets, result, unix, b => b.Day);

    private static void Page<T>(string path, IEnumerable<T> items, Action<Utf8JsonWriter, T> result, bool unix, Func<T, DateTime> day)
    {
        var all = items.ToList();
        if (all.Count == 0)
        {
            // Nothing to report this month (a tiny demo): no export file, as the API would return no buckets.
            return;
        }

        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        if (unix)
        {
            json.WriteString("object", "page");
        }

        json.WriteStartArray("data");
        foreach (var group in all.GroupBy(day).OrderBy(g => g.Key))
        {
            json.WriteStartObject();
            if (unix)
            {
                json.WriteString("object", "bucket");
                json.WriteNumber("start_time", new DateTimeOffset(group.Key).ToUnixTimeSeconds());
                json.WriteNumber("end_time", new DateTimeOffset(group.Key.AddDays(1)).ToUnixTimeSeconds());
            }
            else
            {
                json.WriteString("starting_at", group.Key.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteString("ending_at", group.Key.AddDays(1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }

            json.WriteStartArray("results");
            foreach (var item in group)
            {
                json.WriteStartObject();
                result(json, item);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("has_more", false);
        json.WriteNull("next_page");
        json.WriteEndObject();
    }
}
