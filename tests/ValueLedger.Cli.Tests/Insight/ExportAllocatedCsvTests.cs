using System.Globalization;
using System.Runtime.CompilerServices;
using nietras.SeparatedValues;
using ValueLedger.Cli.Commands;
using ValueLedger.Core.Allocation.Insight;

namespace ValueLedger.Cli.Tests.Insight;

public sealed class ExportAllocatedCsvTests : IDisposable
{
    private static readonly DateTime Day = new(2024, 9, 10, 0, 0, 0, DateTimeKind.Utc);

    private readonly TempFolder temp = new();

    public void Dispose() => temp.Dispose();

    private static AllocatedLineShare Row(LineId id, decimal lineCost, decimal? billed, AllocationShare share, string? tags = null, string? description = null) => new(
        id, "azure", "acct", null, null, null, "Azure OpenAI", "AI and Machine Learning", "Usage", description, null, null, null, null,
        Day, Day.AddDays(1), Day.AddDays(-9), Day.AddDays(21), lineCost, billed, billed, tags, share);

    private static AllocationShare Share(string? bu, decimal amount, string method = "weights", string? details = null) =>
        new("cost", bu, null, amount, "USD", method, bu is null ? null : "rule", bu is null ? null : "r", bu is null ? null : 1, false, bu is null ? "no-matching-rule" : null, details);

    private static async IAsyncEnumerable<AllocatedLineShare> Stream(IEnumerable<AllocatedLineShare> rows, bool failAtEnd = false, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return row;
        }

        if (failAtEnd)
        {
            throw new IOException("disk gone");
        }
    }

    private static List<Dictionary<string, string>> Read(string path)
    {
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromFile(path);
        var rows = new List<Dictionary<string, string>>();
        foreach (var row in reader)
        {
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in reader.Header.ColNames)
            {
                cells[name] = row[name].ToString();
            }

            rows.Add(cells);
        }

        return rows;
    }

    [Fact]
    public async Task Write_ThirdsOfABilledCost_ScaledFiguresSumExactlyToTheLines()
    {
        // 10 split into thirds: 3.3333333333 twice, and the largest share takes the remainder.
        var line = new LineId(1, 1);
        var rows = new[]
        {
            Row(line, 9m, 10m, Share("a", 3m, "even", """{"parts":3}""")),
            Row(line, 9m, 10m, Share("b", 3m, "even", """{"parts":3}""")),
            Row(line, 9m, 10m, Share("c", 3m, "even", """{"parts":3}""")),
        };
        var path = temp.File("out.csv");

        Assert.Equal(3, await ExportAllocatedCsv.WriteAsync(Stream(rows), path, CancellationToken.None));

        var written = Read(path);
        Assert.Equal(["3.3333333334", "3.3333333333", "3.3333333333"], written.Select(r => r["BilledCost"]));
        Assert.Equal(10m, written.Sum(r => decimal.Parse(r["EffectiveCost"], CultureInfo.InvariantCulture)));
        Assert.Equal("""{"Elements":[{"AllocatedRatio":0.3333333333333333333333333333,"UsageUnit":"Part","UsageQuantity":1,"x_Parts":3}],"x_RuleKind":"rule","x_RuleVersion":1,"x_Fallback":false}""", written[1]["AllocatedMethodDetails"]);
        Assert.Equal(["1:1", "1:1", "1:1"], written.Select(r => r["x_LineId"]));
    }

    [Fact]
    public async Task Write_FormulaLikeAndQuotedText_NeutralisedAndQuoted()
    {
        var rows = new[]
        {
            Row(new LineId(2, 7), 5m, 5m, Share(null, 5m, "unallocated"), tags: """{"team":"=cmd|' /C calc'!A0"}""", description: "=HYPERLINK(\"x\"), line\nbreak"),
        };
        var path = temp.File("out.csv");

        await ExportAllocatedCsv.WriteAsync(Stream(rows), path, CancellationToken.None);

        var row = Assert.Single(Read(path));
        Assert.Equal("'=HYPERLINK(\"x\"), line\nbreak", row["ChargeDescription"]);
        Assert.Equal(string.Empty, row["AllocatedMethodId"]);
        Assert.Equal(string.Empty, row["AllocatedMethodDetails"]);
        Assert.Equal(string.Empty, row["x_BusinessUnit"]);
        Assert.Equal("5", row["x_AllocatedCost"]);
        Assert.Equal("2024-09-10T00:00:00Z", row["ChargePeriodStart"]);
    }

    [Fact]
    public async Task Write_TelemetryShare_DetailsCarryTheBasis()
    {
        var details = """{"basis_cost":"30","basis_total":"100","basis_currency":"USD","basis_records":1204,"same_model":true}""";
        var path = temp.File("out.csv");

        await ExportAllocatedCsv.WriteAsync(Stream([Row(new LineId(3, 1), 50m, 50m, Share("a", 15m, "telemetry", details)), Row(new LineId(3, 1), 50m, 50m, Share("b", 35m, "telemetry"))]), path, CancellationToken.None);

        var written = Read(path);
        Assert.Equal(
            """{"Elements":[{"AllocatedRatio":0.3,"UsageUnit":"USD","UsageQuantity":30,"x_BasisTotal":100,"x_BasisRecords":1204,"x_SameModel":true}],"x_RuleKind":"rule","x_RuleVersion":1,"x_Fallback":false}""",
            written.Single(r => r["x_BusinessUnit"] == "a")["AllocatedMethodDetails"]);
    }

    [Fact]
    public async Task Write_SourceFailsMidway_LeavesTheOldFileAndNoTempFile()
    {
        var path = temp.File("out.csv");
        await File.WriteAllTextAsync(path, "old");

        await Assert.ThrowsAsync<IOException>(() => ExportAllocatedCsv.WriteAsync(Stream([Row(new LineId(1, 1), 1m, 1m, Share("a", 1m))], failAtEnd: true), path, CancellationToken.None));

        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task Write_Cancelled_ThrowsAndWritesNoFile()
    {
        var path = temp.File("out.csv");
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExportAllocatedCsv.WriteAsync(Stream([Row(new LineId(1, 1), 1m, 1m, Share("a", 1m))]), path, cancel.Token));

        Assert.Empty(Directory.GetFiles(temp.Path));
    }
}
