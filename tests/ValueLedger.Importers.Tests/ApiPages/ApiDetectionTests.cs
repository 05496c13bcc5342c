using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.ApiPages;

/// <summary>The four API formats told apart by content, through the registry.</summary>
public sealed class ApiDetectionTests
{
    [Theory]
    [InlineData("OpenAI", "usage_completions_pages.json", "openai-usage")]
    [InlineData("OpenAI", "usage_by_user_hourly.json", "openai-usage")]
    [InlineData("OpenAI", "costs_page.json", "openai-costs")]
    [InlineData("Anthropic", "usage_report_pages.json", "anthropic-usage")]
    [InlineData("Anthropic", "cost_report_page.json", "anthropic-cost")]
    public void Detect_ApiFixture_IsClaimedOnlyByItsOwnImporter(string folder, string file, string format)
    {
        var bytes = ImporterHarness.Fixture(folder, file);

        var claims = ImporterRegistry.All
            .Select(i => (i.Format, ImporterHarness.Detect(i, bytes, file).Confidence))
            .Where(c => c.Confidence >= 50)
            .ToList();

        var claim = Assert.Single(claims);
        Assert.Equal(format, claim.Format);
        Assert.True(claim.Confidence >= 60);
    }

    [Theory]
    [InlineData("openai-usage")]
    [InlineData("openai-costs")]
    [InlineData("anthropic-usage")]
    [InlineData("anthropic-cost")]
    public void Find_ApiFormat_IsRegisteredWithSkipDuplicateKeys(string format)
    {
        var importer = ImporterRegistry.Find(format);

        Assert.NotNull(importer);
        Assert.Equal(Core.Import.ReplacementPolicy.SkipDuplicateKeys, importer.Replacement);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{\"data\": [], \"has_more\": false, \"next_page\": null}")]
    [InlineData("\"just a string\"")]
    [InlineData("{\"data\": [{\"start_time\": 1")]
    public void Detect_AmbiguousOrEmptyJson_IsNotClaimed(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);

        Assert.All(ImporterRegistry.All, i => Assert.True(ImporterHarness.Detect(i, bytes, "x.json").Confidence < 50, i.Format));
    }
}
