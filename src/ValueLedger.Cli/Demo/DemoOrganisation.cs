namespace ValueLedger.Cli.Demo;

/// <summary>
/// The demo organisation, Northwind Labs: teams, what each uses AI for, through which route, and the
/// list prices the generator uses to make bills consistent with the telemetry (the same figures as
/// the shipped price book, so reconciliation shows only the variances put in on purpose).
/// </summary>
internal static class DemoOrganisation
{
    /// <summary>First month of the demo year (UTC). Fixed, so a seed always gives the same ledger.</summary>
    public static readonly DateTime Start = new(2025, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    public const int Months = 12;

    public static readonly DemoWorkload[] Workloads =
    [
        new("customer-support", "support-copilot", DemoRoute.LiteLlm, "azure", ["gpt-4o-mini", "gpt-4o"], 0.30, 1800, 350, "agent-support-triage"),
        new("sales", "sales-email-drafts", DemoRoute.LiteLlm, "azure", ["gpt-4o"], 0.12, 900, 600, null),
        new("engineering", "code-review-bot", DemoRoute.LiteLlm, "bedrock", ["claude-sonnet-4-5", "claude-3-5-haiku"], 0.18, 6000, 900, "agent-code-review"),
        new("marketing", "content-studio", DemoRoute.LiteLlm, "mistral", ["mistral-large"], 0.06, 1200, 1500, null),
        new("platform", "agent-platform", DemoRoute.OpenTelemetry, "openai", ["gpt-4o", "gpt-4o-mini"], 0.12, 2500, 400, "agent-it-helpdesk"),
        new("finance", "invoice-extraction", DemoRoute.OpenAiApi, "openai", ["gpt-4.1-mini", "gpt-4o"], 0.12, 3000, 250, null),
        new("legal", "contract-review", DemoRoute.AnthropicApi, "anthropic", ["claude-opus-4-1", "claude-sonnet-4-5"], 0.10, 12000, 1200, null),
    ];

    /// <summary>(input, cached read, output) USD per token, as in the shipped price book.</summary>
    public static (decimal Input, decimal CachedRead, decimal Output) Price(string model) => model switch
    {
        "gpt-4o" => (0.0000025m, 0.00000125m, 0.00001m),
        "gpt-4o-mini" => (0.00000015m, 0.000000075m, 0.0000006m),
        "gpt-4.1-mini" => (0.0000004m, 0.0000001m, 0.0000016m),
        "claude-sonnet-4-5" => (0.000003m, 0.0000003m, 0.000015m),
        "claude-3-5-haiku" => (0.0000008m, 0.00000008m, 0.000004m),
        "claude-opus-4-1" => (0.000015m, 0.0000015m, 0.000075m),
        "mistral-large" => (0.000002m, 0.000002m, 0.000006m),
        _ => (0m, 0m, 0m),
    };

    /// <summary>How much each provider's bill differs from the gateway's view (usage outside the gateway, rounding).</summary>
    public static decimal BillVariance(string provider) => provider switch
    {
        "azure" => 1.04m,
        "bedrock" => 0.99m,
        "openai" => 1.005m,
        "anthropic" => 1.02m,
        _ => 1m,
    };

    /// <summary>Adoption ramp: month 0 runs at 35 % of the final month's volume.</summary>
    public static double MonthWeight(int month) => 0.35 + (0.65 * month / (Months - 1));

    /// <summary>
    /// Tokens per request relative to the workload's mean, by team and month (0 = the demo's first month).
    /// Marketing is the demo's activity-heavy team: its prompts grow from 1× to 3× over the year (on top of
    /// the adoption ramp, so its tokens rise about 8.6-fold) while its validated outcomes stay flat
    /// (DemoValueSeeder) — the scoreboard's "tokens per validated outcome rising" gaming flag.
    /// Every other team keeps 1×.
    /// </summary>
    public static double TokenGrowth(string team, int month) =>
        team == "marketing" ? 1.0 + (2.0 * month / (Months - 1)) : 1.0;

    /// <summary>The demo month index (0 = <see cref="Start"/>) of a day.</summary>
    public static int MonthIndex(DateTime day) => ((day.Year - Start.Year) * 12) + day.Month - Start.Month;
}

/// <summary>How a workload's usage reaches the ledger.</summary>
internal enum DemoRoute
{
    LiteLlm,
    OpenTelemetry,
    OpenAiApi,
    AnthropicApi,
}

/// <summary>One team's AI workload: route, provider, models, share of requests, typical tokens per request.</summary>
internal sealed record DemoWorkload(
    string Team,
    string Project,
    DemoRoute Route,
    string Provider,
    string[] Models,
    double Share,
    int MeanInputTokens,
    int MeanOutputTokens,
    string? AgentId);
