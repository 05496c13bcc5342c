using ValueLedger.Importers.Pricing;

namespace ValueLedger.Importers.Tests.Pricing;

public sealed class PriceBookLoaderErrorTests
{
    private const string Source = "my-prices.yaml";

    /// <summary>An entry with every required key; each case breaks one thing. Lines are 1-based.</summary>
    private static readonly string[] ValidEntry =
    [
        "prices:",                        // 1
        "  - provider: openai",           // 2
        "    model: gpt-4o",              // 3
        "    effective_from: 2024-10-02", // 4
        "    input: 2.5e-06",             // 5
        "    output: 1e-05",              // 6
    ];

    public static TheoryData<string, int, string> BadFiles => new()
    {
        { string.Empty, 1, "empty" },
        { "# only a comment\n", 1, "empty" },
        { "prices:\n  - provider: [openai\n    model: gpt-4o\n", 3, "invalid YAML" },
        { "prices:\n  - provider: openai\n   model: gpt-4o\n", 3, "invalid YAML" },
        { "- provider: openai\n", 1, "top level must be a mapping" },
        { "version: 1\n", 1, "missing 'prices'" },
        { "version: 2\nprices: []\n", 1, "unsupported version" },
        { "prices:\n  - gpt-4o\n", 2, "must be a mapping" },
        { Replace(5, "    input: -2.5e-06"), 5, "'input' is negative" },
        { Replace(5, "    input: cheap"), 5, "'input' is not a number: 'cheap'" },
        { Replace(5, "    input: 0,0000025"), 5, "'input' is not a number" },
        { Replace(5, "    input: .nan"), 5, "'input' is not a number" },
        { Replace(5, "    input: 1e400"), 5, "'input' is not a number" },
        { Replace(5, "    input: [1, 2]"), 5, "'input' must be a single value" },
        { Replace(5, "    input: ~"), 5, "'input' has no value" },
        { Replace(4, "    effective_from: 2024-13-01"), 4, "'effective_from' is not a date" },
        { Replace(4, "    effective_from: 02/10/2024"), 4, "'effective_from' is not a date" },
        { Replace(6, "    outptu: 1e-05"), 6, "unknown key 'outptu'" },
        { Remove(6), 2, "missing 'output'" },
        { Remove(4), 2, "missing 'effective_from'" },
        { Append("    currency: XYZ"), 7, "not an ISO 4217 currency code" },
        { Append("    input: 1e-06"), 7, "Duplicate key input" },
        { Append("    tiers:", "      - name: odd", "        input: 1e-06", "        output: 1e-06"), 8, "a tier needs a condition" },
        { Append("    tiers:", "      - {service_tier: batch, input_tokens_above: 2e5, input: 1e-06, output: 1e-06}"), 8, "'input_tokens_above' must be a whole" },
        { Append("    tiers:", "      - {service_tier: batch, input: -1e-06, output: 1e-06}"), 8, "'input' is negative" },
        { Append("    tiers: batch"), 7, "'tiers' must be a list" },
        { Append("  - provider: [openai]", "    model: GPT-4o", "    effective_from: 2024-10-02", "    input: 1e-06", "    output: 1e-06"), 7, "duplicate entry for openai/gpt-4o@2024-10-02 (first at line 2)" },
        { Replace(2, "  - provider: []"), 2, "'provider' is an empty list" },
        { Replace(3, "    model: ''"), 3, "a model pattern is blank" },
        { Replace(3, "    model: ~"), 3, "'model' has no value" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void Read_BadFile_NamesFileLineAndReason(string yaml, int line, string reason)
    {
        var error = Assert.Throws<PriceBookException>(() => PriceBookLoader.Read(new StringReader(yaml), Source));

        Assert.Equal(Source, error.SourceName);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"{Source}, line {line}: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeScalar_IsCutInTheMessage()
    {
        var yaml = Replace(5, "    input: " + new string('9', 10_000_000) + "x");

        var error = Assert.Throws<PriceBookException>(() => PriceBookLoader.Read(new StringReader(yaml), Source));

        Assert.True(error.Message.Length < 500, $"message of {error.Message.Length} characters");
    }

    [Fact]
    public void Read_ValidEntry_GivesOneEntryPerModelPattern()
    {
        var yaml = Replace(3, "    model: [gpt-4o, 'OpenAI/GPT-4o-20*']") + "\n    currency: usd\n    note: anything";

        var entries = PriceBookLoader.Read(new StringReader(yaml), Source);

        Assert.Equal(["gpt-4o", "gpt-4o-20*"], entries.Select(e => e.ModelPattern));
        Assert.All(entries, e => Assert.Equal("USD", e.Currency));
        Assert.All(entries, e => Assert.Equal(2.5e-06m, e.Prices.CachedRead));
    }

    [Fact]
    public void Read_ProviderSpellings_AreCanonicalised()
    {
        var yaml = Replace(2, "  - provider: [Microsoft, bedrock, vertex_ai]");

        var entry = Assert.Single(PriceBookLoader.Read(new StringReader(yaml), Source));

        Assert.Equal(["azure", "aws", "google"], entry.Providers);
    }

    [Fact]
    public void Read_EmptyPriceList_GivesNoEntries()
    {
        Assert.Empty(PriceBookLoader.Read(new StringReader("version: 1\nprices: []\n"), Source));
        Assert.Empty(PriceBookLoader.Read(new StringReader("prices:\n"), Source));
    }

    private static string Replace(int line, string text) =>
        string.Join('\n', ValidEntry.Select((l, i) => i == line - 1 ? text : l));

    private static string Remove(int line) => string.Join('\n', ValidEntry.Where((_, i) => i != line - 1));

    private static string Append(params string[] lines) => string.Join('\n', ValidEntry.Concat(lines));
}
