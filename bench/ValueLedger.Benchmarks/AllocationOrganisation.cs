using ValueLedger.Core.Organisation;
using ValueLedger.Importers.Organisation;

namespace ValueLedger.Benchmarks;

/// <summary>
/// The organisation the allocation benchmark allocates by: the demo's seven business units and
/// initiatives, a direct rule per team for usage telemetry and per team tag for bill lines, telemetry
/// splits of the two shared lines of each day (Azure OpenAI, which has telemetry, and Vertex AI, which
/// has none, so it falls back to an even split), and no catch-all rule, so untagged lines and lines
/// tagged with a team no unit owns (<c>research</c>) stay Unallocated.
/// </summary>
internal static class AllocationOrganisation
{
    private const string FallbackLine = "      fallback: even\n";

    private static readonly (string Team, string Initiative, string Owner)[] Units =
    [
        ("customer-support", "support-copilot", "head-of-support"), ("sales", "sales-email-drafts", "vp-sales"),
        ("engineering", "code-review-bot", "cto"), ("marketing", "content-studio", "cmo"), ("platform", "agent-platform", "head-of-platform"),
        ("finance", "invoice-extraction", "cfo"), ("legal", "contract-review", "general-counsel"),
    ];

    /// <summary>
    /// Writes the YAML to <paramref name="path"/> and loads it. When this build does not know the
    /// telemetry <c>fallback</c> key yet, writes it again without, and says so (the Vertex AI line then stays
    /// Unallocated instead of being split evenly). Throws when the organisation still has errors.
    /// </summary>
    public static string Write(string path)
    {
        File.WriteAllText(path, Yaml(withFallback: true));
        if (Errors(path) is not { } refused)
        {
            return "telemetry splits with an even fallback";
        }

        File.WriteAllText(path, Yaml(withFallback: false));
        if (Errors(path) is { } error)
        {
            throw new InvalidOperationException($"the benchmark organisation {path} has errors, first: {error}");
        }

        return $"telemetry splits WITHOUT fallback (this build refuses `fallback: even`: {refused.Reason})";
    }

    private static OrganisationProblem? Errors(string path) =>
        OrganisationLoader.Load(path).AllProblems().FirstOrDefault(p => p.Severity == ProblemSeverity.Error);

    private static string Yaml(bool withFallback)
    {
        var yaml = new System.Text.StringBuilder();
        yaml.Append("# Organisation of the allocation benchmark (written by ValueLedger.Benchmarks allocate).\nversion: 1\n\nbusiness_units:\n");
        foreach (var (team, _, owner) in Units)
        {
            // Finance declares chargeback; nobody acknowledges it, so its statements stay informational.
            yaml.Append(System.FormattableString.Invariant($"  - {{ id: {team}, name: {team}, owner: {owner}, mode: {(team == "finance" ? "chargeback" : "showback")} }}\n"));
        }

        yaml.Append("\ninitiatives:\n");
        foreach (var (team, initiative, owner) in Units)
        {
            yaml.Append(System.FormattableString.Invariant($"  - {{ id: {initiative}, name: {initiative}, owner_bu: {team}, sponsor: {owner}, stage: production }}\n"));
        }

        yaml.Append("\nallocation_rules:\n");
        foreach (var (team, initiative, _) in Units)
        {
            yaml.Append(System.FormattableString.Invariant($"  - {{ id: usage-{team}, priority: 10, match: {{ team: {team} }}, target: {{ bu: {team}, initiative: {initiative} }} }}\n"));
            yaml.Append(System.FormattableString.Invariant($"  - {{ id: tag-{team}, priority: 20, match: {{ tag: {{ team: {team} }} }}, target: {{ bu: {team}, initiative: {initiative} }} }}\n"));
        }

        var fallback = withFallback ? FallbackLine : string.Empty;
        yaml.Append(System.FormattableString.Invariant($$"""
              # One shared Azure OpenAI line a day: split by the azure usage telemetry of the period.
              - id: shared-azure-openai
                priority: 30
                match: { provider: azure, sub_account: northwind-shared-ai }
                split:
                  method: telemetry
            {{fallback}}      targets: [ { bu: customer-support }, { bu: sales }, { bu: engineering } ]
              # One shared Vertex AI line a day: there is no google telemetry, so it falls back.
              - id: shared-vertex
                priority: 30
                match: { provider: google, sub_account: northwind-shared-vertex }
                split:
                  method: telemetry
            {{fallback}}      targets: [ { bu: engineering }, { bu: platform } ]
              # No catch-all: untagged lines and the research team's lines stay Unallocated.

            """));
        return yaml.ToString();
    }
}
