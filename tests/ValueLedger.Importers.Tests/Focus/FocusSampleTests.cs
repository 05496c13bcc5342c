using System.Globalization;
using System.Text;
using ValueLedger.Core.Ledger;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Focus;

/// <summary>
/// The FinOps Foundation's public FOCUS 1.0 sample (CC BY 4.0, see Fixtures/Focus/README.md), with
/// every quirk its README lists. Expected values are computed from the file's text in the test.
/// </summary>
public sealed class FocusSampleTests
{
    private static readonly string SamplePath = ImporterHarness.FixturePath("Focus", "focus_sample.csv");
    private static readonly Lazy<List<(long Line, Dictionary<string, string> Cells)>> Rows = new(() => FocusCsvText.ReadRows(SamplePath));
    private readonly FocusCsvImporter _importer = new();

    private async Task<CollectingSink> ReadSampleAsync(byte[]? bytes = null)
    {
        var sink = await ImporterHarness.RunAsync(_importer, bytes ?? File.ReadAllBytes(SamplePath), strict: true, fileName: "focus_sample.csv");
        Assert.Empty(sink.Errors);
        return sink;
    }

    private static decimal Decimal(string text) => decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    [Fact]
    public void Detect_OfficialSample_IsCertain()
    {
        Assert.Equal(100, ImporterHarness.Detect(_importer, File.ReadAllBytes(SamplePath), "focus_sample.csv").Confidence);
    }

    [Fact]
    public async Task Read_OfficialSample_Yields1000RecordsWithoutErrors()
    {
        var sink = await ReadSampleAsync();
        Assert.Equal(1000, sink.Records.Count);
        Assert.Equal(1000, sink.Records.Select(r => r.RecordKey).Distinct().Count());
        Assert.All(sink.Records, r => Assert.Equal(RecordKind.CostOfRecord, r.Kind));
    }

    [Fact]
    public async Task Read_OfficialSample_BilledCostSumEqualsTextSum()
    {
        var expected = Rows.Value.Sum(r => Decimal(r.Cells["BilledCost"]));
        var sink = await ReadSampleAsync();
        Assert.Equal(20.52022672899m, expected);
        Assert.Equal(expected, sink.Records.Sum(r => r.BilledCost!.Value));
    }

    [Fact]
    public async Task Read_OfficialSample_EffectiveCostSumEqualsTextSum()
    {
        var expected = Rows.Value.Sum(r => Decimal(r.Cells["EffectiveCost"]));
        var sink = await ReadSampleAsync();
        Assert.Equal(14.97651418586m, expected);
        Assert.Equal(expected, sink.Records.Sum(r => r.EffectiveCost!.Value));
    }

    [Fact]
    public async Task Read_OfficialSample_RowCountsPerProvider()
    {
        var sink = await ReadSampleAsync();
        var counts = sink.Records.GroupBy(r => r.Provider).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(new Dictionary<string, int> { ["aws"] = 942, ["azure"] = 51, ["oracle"] = 7 }, counts);
    }

    [Fact]
    public async Task Read_OfficialSample_ZeroEffectiveCostFallsBackToBilledCost()
    {
        // Lines where BilledCost is not 0 but EffectiveCost is (608 AWS usage lines, 2 adjustments).
        var fallbackLines = Rows.Value
            .Where(r => Decimal(r.Cells["EffectiveCost"]) == 0m && Decimal(r.Cells["BilledCost"]) != 0m)
            .Select(r => r.Line)
            .ToHashSet();
        var sink = await ReadSampleAsync();
        Assert.Equal(610, fallbackLines.Count);
        Assert.All(sink.Records, r =>
        {
            var usesBilled = fallbackLines.Contains(r.SourceLine);
            Assert.Equal(usesBilled ? CostMeasures.BilledCost : CostMeasures.EffectiveCost, r.CostMeasure);
            Assert.Equal(usesBilled ? r.BilledCost : r.EffectiveCost, r.Cost);
        });
        var expectedCost = Rows.Value.Sum(r => fallbackLines.Contains(r.Line) ? Decimal(r.Cells["BilledCost"]) : Decimal(r.Cells["EffectiveCost"]));
        Assert.Equal(expectedCost, sink.Records.Sum(r => r.Cost!.Value));
    }

    [Fact]
    public async Task Read_OfficialSample_UntaggedCreditKeptNegative()
    {
        var sink = await ReadSampleAsync();
        var credit = Assert.Single(sink.Records, r => r.ChargeCategory == "Credit");
        Assert.Equal((-2.61370000000m, -3.00000000000m), (credit.BilledCost!.Value, credit.EffectiveCost!.Value));
        Assert.Equal((-3.00000000000m, CostMeasures.EffectiveCost), (credit.Cost!.Value, credit.CostMeasure));
        Assert.Equal("aws", credit.Provider);
        Assert.Empty(credit.Tags);
    }

    [Fact]
    public async Task Read_OfficialSample_TagKeyWithLeadingSpaceKeptAsSpelt()
    {
        var line = Rows.Value.First(r => r.Cells["Tags"].Contains("\" org\"", StringComparison.Ordinal)).Line;
        var sink = await ReadSampleAsync();
        var record = Assert.Single(sink.Records, r => r.SourceLine == line);
        Assert.Contains(new Tag(" org", "trey"), record.Tags);
        Assert.Contains(new Tag("org", "trey"), record.Tags);
        Assert.Equal(6, record.Tags.Count);
    }

    [Fact]
    public async Task Read_OfficialSample_TagsParsedWhereverTheCellHasJson()
    {
        var tagged = Rows.Value.Where(r => r.Cells["Tags"].StartsWith('{')).Select(r => r.Line).ToHashSet();
        var sink = await ReadSampleAsync();
        Assert.Equal(711, tagged.Count);
        Assert.Equal(tagged, sink.Records.Where(r => r.Tags.Count > 0).Select(r => r.SourceLine).ToHashSet());
        var second = Assert.Single(sink.Records, r => r.SourceLine == 3);
        Assert.Equal([new Tag("application", "BrightLensMatrix"), new Tag("environment", "dev"), new Tag("business_unit", "ViennaAI")], second.Tags);
    }

    [Fact]
    public async Task Read_OfficialSample_NullWordAndEmptyFieldBothGiveNull()
    {
        var emptyAccountName = Rows.Value.First(r => r.Cells["BillingAccountName"].Length == 0).Line;
        var nullResourceName = Rows.Value.First(r => r.Cells["ResourceName"] == "NULL").Line;
        var sink = await ReadSampleAsync();
        Assert.All(sink.Records, r => Assert.Null(r.ChargeClass));
        Assert.Null(Assert.Single(sink.Records, r => r.SourceLine == emptyAccountName).BillingAccountName);
        Assert.Null(Assert.Single(sink.Records, r => r.SourceLine == nullResourceName).ResourceName);
    }

    [Fact]
    public async Task Read_OfficialSample_SpaceSeparatedTimestampsAreUtc()
    {
        var sink = await ReadSampleAsync();
        var first = sink.Records[0];
        Assert.Equal(new DateTime(2024, 9, 18, 22, 0, 0, DateTimeKind.Utc), first.ChargePeriodStart);
        Assert.Equal(new DateTime(2024, 9, 18, 23, 0, 0, DateTimeKind.Utc), first.ChargePeriodEnd);
        Assert.Equal(new DateTime(2024, 9, 1, 0, 0, 0, DateTimeKind.Utc), first.BillingPeriodStart);
        Assert.Equal(new DateTime(2024, 10, 1, 0, 0, 0, DateTimeKind.Utc), first.BillingPeriodEnd);
        Assert.All(sink.Records, r =>
        {
            Assert.Equal(DateTimeKind.Utc, r.ChargePeriodStart.Kind);
            Assert.Equal(DateTimeKind.Utc, r.ChargePeriodEnd.Kind);
            Assert.Equal(DateTimeKind.Utc, r.BillingPeriodStart!.Value.Kind);
        });
    }

    [Fact]
    public async Task Read_OfficialSample_BothChargeFrequencySpellingsAndIdColumnAccepted()
    {
        Assert.Equal(7, Rows.Value.Count(r => r.Cells["ChargeFrequency"] == "Usage-based"));
        Assert.Equal(992, Rows.Value.Count(r => r.Cells["ChargeFrequency"] == "Usage-Based"));
        Assert.True(Rows.Value[0].Cells.ContainsKey("Id"));
        var sink = await ReadSampleAsync();
        Assert.Equal(1000, sink.Records.Count);
    }

    [Fact]
    public async Task Read_OfficialSample_AiScopeFollowsServiceCategory()
    {
        var sink = await ReadSampleAsync();
        var ai = sink.Records.Where(r => r.AiScope).ToList();
        Assert.Equal(9, ai.Count);
        Assert.All(ai, r => Assert.Equal(("azure", "Azure Machine Learning"), (r.Provider, r.ServiceName)));
        // No token units in this sample: token counts stay unknown rather than guessed.
        Assert.All(sink.Records, r => Assert.Equal(0, r.TotalTokens));
    }

    [Fact]
    public async Task Read_OfficialSampleWithBomAndCrLf_GivesTheSameRecords()
    {
        var text = File.ReadAllText(SamplePath).Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();
        var plain = await ReadSampleAsync();
        var variant = await ReadSampleAsync(bytes);
        Assert.Equal(plain.Records.Count, variant.Records.Count);
        Assert.Equal(plain.Records.Sum(r => r.Cost!.Value), variant.Records.Sum(r => r.Cost!.Value));
        Assert.Equal(plain.Records.Select(r => r.RecordKey), variant.Records.Select(r => r.RecordKey));
        Assert.Equal(plain.Records[^1].Tags, variant.Records[^1].Tags);
    }
}
