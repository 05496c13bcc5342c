using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Tests.Contract;

/// <summary>
/// The contract every importer passes: it recognises its own samples and not the others', reads a
/// valid sample, reports empty input and bad rows with line numbers, honours cancellation, and never
/// throws on junk. A new importer's test class inherits this and adds its format's own cases.
/// </summary>
public abstract class ImporterContractTests
{
    /// <summary>The importer under test.</summary>
    protected abstract ISpendImporter Importer { get; }

    /// <summary>A valid real-format sample (file name, bytes) that yields at least one record.</summary>
    protected abstract (string FileName, byte[] Bytes) ValidSample { get; }

    /// <summary>A sample whose <see cref="BadRowLine"/>th line is bad while the rest is good.</summary>
    protected abstract (string FileName, byte[] Bytes) SampleWithBadRow { get; }

    /// <summary>The 1-based line the bad row is reported at.</summary>
    protected abstract long BadRowLine { get; }

    /// <summary>Samples of other formats that this importer must not claim.</summary>
    protected virtual IEnumerable<(string FileName, byte[] Bytes)> ForeignSamples => ContractSamples.AllExcept(Importer.Format);

    /// <summary>
    /// False for formats that are never detected from content (the generic CSV needs its mapping and
    /// is chosen with <c>--format</c>); such an importer must still claim nothing else.
    /// </summary>
    protected virtual bool DetectsOwnSample => true;

    /// <summary>The mapping file passed in the import context, for formats that need one.</summary>
    protected virtual string? MappingPath => null;

    [Fact]
    public void Detect_OwnSample_IsConfident()
    {
        if (!DetectsOwnSample)
        {
            return;
        }

        var (name, bytes) = ValidSample;
        Assert.True(ImporterHarness.Detect(Importer, bytes, name).Confidence >= 50, $"{Importer.Format} does not recognise its own sample");
    }

    [Fact]
    public void Detect_OtherFormats_AreNotClaimed()
    {
        foreach (var (name, bytes) in ForeignSamples)
        {
            var detection = ImporterHarness.Detect(Importer, bytes, name);
            Assert.True(detection.Confidence < 50, $"{Importer.Format} claims {name} ({detection.Why})");
        }
    }

    [Fact]
    public async Task Read_ValidSample_YieldsRecordsWithoutErrors()
    {
        var (name, bytes) = ValidSample;
        var sink = await ImporterHarness.RunAsync(Importer, bytes, strict: true, fileName: name, mappingPath: MappingPath);
        Assert.Empty(sink.Errors);
        Assert.NotEmpty(sink.Records);
        Assert.All(sink.Records, r =>
        {
            Assert.Equal(DateTimeKind.Utc, r.ChargePeriodStart.Kind);
            Assert.True(r.ChargePeriodEnd >= r.ChargePeriodStart, "charge period end before start");
            Assert.False(string.IsNullOrWhiteSpace(r.RecordKey));
            Assert.Equal(r.Currency.ToUpperInvariant(), r.Currency);
        });
    }

    [Fact]
    public async Task Read_EmptyInput_ReportsOneFatalErrorAndNoRecords()
    {
        var sink = await ImporterHarness.RunAsync(Importer, [], fileName: "empty", mappingPath: MappingPath);
        Assert.Empty(sink.Records);
        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("empty", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Read_BadRow_IsReportedWithItsLine()
    {
        var (name, bytes) = SampleWithBadRow;
        var sink = await ImporterHarness.RunAsync(Importer, bytes, fileName: name, mappingPath: MappingPath);
        Assert.Contains(sink.Errors, e => e.Line == BadRowLine);
    }

    [Fact]
    public async Task Read_StrictSink_StopsAtFirstBadRow()
    {
        var (name, bytes) = SampleWithBadRow;
        var sink = await ImporterHarness.RunAsync(Importer, bytes, strict: true, fileName: name, mappingPath: MappingPath);
        Assert.Single(sink.Errors);
    }

    [Fact]
    public async Task Read_CancelledToken_Throws()
    {
        var (name, bytes) = ValidSample;
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => ImporterHarness.RunAsync(Importer, bytes, fileName: name, mappingPath: MappingPath, cancellationToken: cts.Token));
    }

    [Fact]
    public async Task Read_Junk_NeverThrows()
    {
        var random = new Random(20261128);
        var (name, sample) = ValidSample;
        var inputs = new List<byte[]>
        {
            Encoding.UTF8.GetBytes("not,a,known\nformat"),
            Encoding.UTF8.GetBytes("{\"data\": [ {\"start_time\": "),
            Encoding.UTF8.GetBytes("\"unbalanced,quote\n1,2"),
            new byte[] { 0x1f, 0x8b, 0x00, 0x01 },
            sample.AsSpan(0, sample.Length / 2).ToArray(),
        };
        for (var i = 0; i < 40; i++)
        {
            var mutated = (byte[])sample.Clone();
            for (var j = 0; j < 1 + (mutated.Length / 50); j++)
            {
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            }

            inputs.Add(mutated);
            var junk = new byte[random.Next(1, 2000)];
            random.NextBytes(junk);
            inputs.Add(junk);
        }

        foreach (var input in inputs)
        {
            var sink = await ImporterHarness.RunAsync(Importer, input, fileName: name, mappingPath: MappingPath);
            Assert.True(sink.Records.Count > 0 || sink.Errors.Count > 0, "junk produced neither records nor errors");
        }
    }
}
