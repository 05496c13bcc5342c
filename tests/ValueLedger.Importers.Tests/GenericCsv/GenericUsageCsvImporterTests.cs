using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.GenericCsv;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.GenericCsv;

public sealed class GenericUsageCsvImporterTests : ImporterContractTests
{
    protected override ISpendImporter Importer { get; } = new GenericUsageCsvImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ("usage.csv", GenericCsvFixtures.Csv);

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ("usage.csv", GenericCsvFixtures.CsvWithBadCostOnLine4());

    protected override long BadRowLine => 4;

    protected override bool DetectsOwnSample => false;

    protected override string? MappingPath => GenericCsvFixtures.MappingPath;

    private async Task<List<SpendRecord>> ReadFixtureAsync()
    {
        var sink = await ImporterHarness.RunAsync(Importer, GenericCsvFixtures.Csv, strict: true, mappingPath: MappingPath);
        Assert.Empty(sink.Errors);
        return sink.Records;
    }

    [Fact]
    public async Task Read_Fixture_TotalsMatchHandComputedSums()
    {
        var records = await ReadFixtureAsync();

        Assert.Equal(8, records.Count);
        Assert.Equal(0.15772m, records.Where(r => r.Currency == "USD").Sum(r => r.Cost ?? 0m));
        Assert.Equal(0.0034m, records.Where(r => r.Currency == "EUR").Sum(r => r.Cost ?? 0m));
        Assert.Equal(183, records.Sum(r => r.Requests ?? 0));
        Assert.Equal(186500, records.Sum(r => r.InputTokens ?? 0));
        Assert.Equal(23000, records.Sum(r => r.CachedReadTokens ?? 0));
        Assert.Equal(21600, records.Sum(r => r.OutputTokens ?? 0));
        Assert.Null(records.Single(r => r.RecordKey == "evt-007").Cost);
        Assert.All(records, r => Assert.Equal(RecordKind.UsageTelemetry, r.Kind));
    }

    [Fact]
    public async Task Read_FirstRow_MapsEveryField()
    {
        var r = (await ReadFixtureAsync())[0];

        Assert.Equal("evt-001", r.RecordKey);
        Assert.Equal(2, r.SourceLine);
        Assert.Equal(("openai", "gpt-4o"), (r.Provider, r.Model));
        Assert.Equal(new DateTime(2025, 3, 3, 9, 0, 0, DateTimeKind.Utc), r.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 3, 3, 10, 0, 0, DateTimeKind.Utc), r.ChargePeriodEnd);
        Assert.Equal((12L, 10000L, 5000L, 3000L), (r.Requests!.Value, r.InputTokens!.Value, r.CachedReadTokens!.Value, r.OutputTokens!.Value));
        Assert.Equal((0.0675m, CostMeasures.SourceEstimate, "USD"), (r.Cost!.Value, r.CostMeasure, r.Currency));
        Assert.Equal(("search", "proj-search", "key-01"), (r.Team, r.SubAccountId, r.ApiKeyId));
        Assert.Equal(TestHasher.Instance.Hash("alice@example.com"), r.EndUserHash);
        Assert.Null(r.AgentId);
        Assert.True(r.AiScope);
        Assert.Equal([new Tag("cost_center", "CC-100"), new Tag("env", "prod")], r.Tags);
    }

    [Theory]
    [InlineData("evt-002", "azure")]
    [InlineData("evt-004", "aws")]
    [InlineData("evt-006", "mistral")]
    [InlineData("evt-008", "google")]
    public async Task Read_ProviderColumn_Canonicalised(string key, string provider)
    {
        Assert.Equal(provider, (await ReadFixtureAsync()).Single(r => r.RecordKey == key).Provider);
    }

    [Fact]
    public async Task Read_PersonIdentifiers_OnlyHashed()
    {
        foreach (var r in await ReadFixtureAsync())
        {
            Assert.DoesNotContain(r.Tags, t => t.Value?.Contains('@', StringComparison.Ordinal) == true);
            Assert.DoesNotContain("@", r.EndUserHash ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Readme_Example_IsTheFixtureMapping()
    {
        var readme = File.ReadAllText(ImporterHarness.FixturePath("GenericCsv", "src-README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("```yaml\n", StringComparison.Ordinal) + "```yaml\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];

        Assert.Equal(File.ReadAllText(GenericCsvFixtures.MappingPath).ReplaceLineEndings("\n"), example);
    }
}
