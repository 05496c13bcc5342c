using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace ValueLedger.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private static string Sample => CliRunner.Fixture("Focus", "focus_sample.csv");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Import_FocusSample_LedgerTotalEqualsFileSumExactly()
    {
        var result = await CliRunner.RunAsync("import", Sample, "--db", _temp.Db, "--output", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var summary = JsonDocument.Parse(result.Stdout);
        var row = Assert.Single(summary.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("focus", row.GetProperty("format").GetString());
        Assert.Equal(1000, row.GetProperty("inserted").GetInt64());

        // BilledCost summed independently with Python's Decimal over the file: 20.52022672899.
        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--by", "provider", "--format", "json");
        Assert.True(spend.ExitCode == 0, spend.ToString());
        using var doc = JsonDocument.Parse(spend.Stdout);
        var lines = doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("costLines").GetInt64());
        Assert.Equal(1000, lines);
        var providers = doc.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("provider").GetString()).ToList();
        Assert.Equal(["aws", "azure", "oracle"], providers);
        Assert.Equal(20.52022672899m, doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => Money(r, "billedCost")));

        // Cost counts EffectiveCost, or BilledCost where EffectiveCost is 0 and BilledCost is not (the AWS rows):
        // 22.45405705299 by the same independent sum.
        Assert.Equal(22.45405705299m, doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => Money(r, "cost")));
        Assert.Equal("22.45405705299", doc.RootElement.GetProperty("totals")[0].GetProperty("cost").GetString());
    }

    private static decimal Money(JsonElement row, string name) =>
        decimal.Parse(row.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Import_FocusSample_SummaryShowsExactFileTotal()
    {
        var result = await CliRunner.RunAsync("import", Sample, "--db", _temp.Db);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("22.45405705299", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("2024-09-01", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondChangesNothing()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", Sample, "--db", _temp.Db)).ExitCode);
        var before = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--format", "csv");

        var second = await CliRunner.RunAsync("import", Sample, "--db", _temp.Db);

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("skipped: already imported", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("already imported as source 1", second.Stderr, StringComparison.Ordinal);
        var after = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--format", "csv");
        Assert.Equal(before.Stdout, after.Stdout);
        var sources = await CliRunner.RunAsync("sources", "--db", _temp.Db, "--format", "json");
        using var doc = JsonDocument.Parse(sources.Stdout);
        Assert.Equal(["imported", "duplicate file"], doc.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("outcome").GetString() ?? string.Empty).ToArray());
    }

    [Fact]
    public async Task Import_BadRowStrict_FailsWithLineAndColumnAndImportsNothing()
    {
        var lines = File.ReadAllLines(Sample);
        lines[5] = ReplaceField(lines[5], 1, "12,5x");
        var bad = _temp.File("bad.csv");
        File.WriteAllLines(bad, lines);

        var result = await CliRunner.RunAsync("import", bad, "--db", _temp.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("bad.csv:6", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("BilledCost", result.Stderr, StringComparison.Ordinal);
        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--format", "json");
        using var doc = JsonDocument.Parse(spend.Stdout);
        Assert.Empty(doc.RootElement.GetProperty("rows").EnumerateArray());
    }

    [Fact]
    public async Task Import_BadRowLenient_RejectsFileHoldsReasonAndRestLands()
    {
        var lines = File.ReadAllLines(Sample);
        lines[5] = ReplaceField(lines[5], 1, "not-a-number");
        var bad = _temp.File("bad.csv");
        File.WriteAllLines(bad, lines);

        var result = await CliRunner.RunAsync("import", bad, "--db", _temp.Db, "--lenient", "--rejects-dir", _temp.Path, "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var doc = JsonDocument.Parse(result.Stdout);
        var row = Assert.Single(doc.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal(1, row.GetProperty("rejected").GetInt64());
        Assert.Equal(999, row.GetProperty("inserted").GetInt64());
        var rejects = Assert.Single(Directory.GetFiles(_temp.Path, "*.rejects.csv"));
        var text = File.ReadAllText(rejects);
        Assert.Contains("BilledCost", text, StringComparison.Ordinal);
        Assert.Contains(",6,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("BilledCost,BillingAccountId\n")]
    [InlineData("hello world, this is not a bill\n")]
    public async Task Import_NotAUsableFile_ClearErrorAndNothingLost(string content)
    {
        Assert.Equal(0, (await CliRunner.RunAsync("import", Sample, "--db", _temp.Db)).ExitCode);
        var file = _temp.File("odd.csv");
        await File.WriteAllTextAsync(file, content);

        var result = await CliRunner.RunAsync("import", file, "--db", _temp.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("odd.csv", result.Stderr, StringComparison.Ordinal);
        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--format", "json");
        using var doc = JsonDocument.Parse(spend.Stdout);
        Assert.Equal(1000, doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("costLines").GetInt64()));
    }

    [Fact]
    public async Task Import_GzipFile_ReadsThroughCompression()
    {
        var gz = _temp.File("focus.csv.gz");
        await using (var output = File.Create(gz))
        await using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        await using (var input = File.OpenRead(Sample))
        {
            await input.CopyToAsync(gzip);
        }

        var result = await CliRunner.RunAsync("import", gz, "--db", _temp.Db, "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"inserted\": 1000", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GzNameButNotGzip_ClearError()
    {
        var fake = _temp.File("bill.csv.gz");
        File.Copy(Sample, fake);

        var result = await CliRunner.RunAsync("import", fake, "--db", _temp.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not gzip", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WrongFormatForced_ClearError()
    {
        var result = await CliRunner.RunAsync("import", Sample, "--db", _temp.Db, "--format", "litellm");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("focus_sample.csv", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_ClearError()
    {
        var result = await CliRunner.RunAsync("import", _temp.File("nope.csv"), "--db", _temp.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("nope.csv: no such file or folder", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RedeliveredBillingPeriod_ReplacesIt()
    {
        var lines = File.ReadAllLines(Sample);
        var first = _temp.File("first.csv");
        File.WriteAllLines(first, lines.Take(501));
        Assert.Equal(0, (await CliRunner.RunAsync("import", first, "--db", _temp.Db)).ExitCode);

        var result = await CliRunner.RunAsync("import", Sample, "--db", _temp.Db, "--output", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("replaced billing period", result.Stderr, StringComparison.Ordinal);
        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--format", "json");
        using var doc = JsonDocument.Parse(spend.Stdout);
        Assert.Equal(1000, doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("costLines").GetInt64()));
    }

    [Fact]
    public async Task Import_OverlappingButDifferentBillingPeriod_RefusedAndNothingLost()
    {
        var lines = File.ReadAllLines(Sample);
        Assert.Equal(0, (await CliRunner.RunAsync("import", Sample, "--db", _temp.Db)).ExitCode);
        var shifted = _temp.File("shifted.csv");
        File.WriteAllLines(shifted, lines.Take(3).Select((l, i) => i == 0 ? l : l.Replace("\"2024-09-01 00:00:00\"", "\"2024-09-15 00:00:00\"", StringComparison.Ordinal).Replace("\"2024-10-01 00:00:00\"", "\"2024-10-15 00:00:00\"", StringComparison.Ordinal)));

        var result = await CliRunner.RunAsync("import", shifted, "--db", _temp.Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("overlap", result.Stderr, StringComparison.OrdinalIgnoreCase);
        var spend = await CliRunner.RunAsync("spend", "--db", _temp.Db, "--scope", "all", "--format", "json");
        using var doc = JsonDocument.Parse(spend.Stdout);
        Assert.Equal(1000, doc.RootElement.GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("costLines").GetInt64()));
    }

    private static string ReplaceField(string csvLine, int index, string value)
    {
        // The sample's first columns are unquoted or simply quoted; split on commas outside quotes.
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        foreach (var c in csvLine)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }

            if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        fields[index] = value.Contains(',', StringComparison.Ordinal) ? $"\"{value}\"" : value;
        return string.Join(',', fields);
    }
}
