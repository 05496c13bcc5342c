namespace ValueLedger.Importers.Tests.Contract;

/// <summary>One small real-format sample per importer, so each importer can be checked not to claim the others'.</summary>
public static class ContractSamples
{
    /// <summary>(format id, fixture path relative to Fixtures/). Each importer adds its sample here.</summary>
    private static readonly (string Format, string[] Path)[] Samples =
    [
        ("focus", ["Focus", "focus-1.2-small.csv"]),
        ("openai-usage", ["OpenAI", "usage_completions_pages.json"]),
        ("openai-costs", ["OpenAI", "costs_page.json"]),
        ("anthropic-usage", ["Anthropic", "usage_report_pages.json"]),
        ("anthropic-cost", ["Anthropic", "cost_report_page.json"]),
        ("litellm", ["LiteLlm", "spend_logs.csv"]),
        ("litellm-json", ["LiteLlm", "spend_logs.json"]),
        ("otlp-json", ["Otel", "traces.json"]),
        ("generic-csv", ["GenericCsv", "usage.csv"]),
    ];

    public static IEnumerable<(string FileName, byte[] Bytes)> AllExcept(string format) =>
        Samples
            .Where(s => !string.Equals(s.Format, format, StringComparison.OrdinalIgnoreCase))
            .Select(s => (s.Path[^1], ImporterHarness.Fixture(s.Path)));
}
