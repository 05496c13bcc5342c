using ValueLedger.Importers.GenericCsv;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.GenericCsv;

public sealed class GenericUsageCsvImporterMappingTests
{
    private const string Csv = "ts,model,usd,cur\n2025-03-03 09:00:00,gpt-4o,0.5,USD\n";

    private static readonly GenericUsageCsvImporter Importer = new();

    [Theory]
    [InlineData("provider: openai\nperiod: hour\nbogus: 1\ncolumns: {timestamp: ts}\n", "line 3", "unknown setting 'bogus'")]
    [InlineData("provider: openai\nperiod: hour\ncolumns:\n  timestamp: ts\n  tokens_in: x\n", "line 5", "unknown column field 'tokens_in'")]
    [InlineData("provider: openai\ncolumns: {timestamp: ts}\n", "line 1", "'period'")]
    [InlineData("provider: openai\nperiod: hour\ncolumns: {model: model}\n", "line 1", "columns.timestamp is required")]
    [InlineData("period: hour\ncurrency: dollars\ncolumns: {timestamp: ts}\n", "line 2", "ISO 4217")]
    [InlineData("period: fortnight\ncolumns: {timestamp: ts}\n", "line 1", "second, minute, hour or day")]
    [InlineData("period: hour\ncolumns: {timestamp: ts\n", "line 3", "did not find expected")]
    [InlineData("period: hour\ntags: cost_center\ncolumns: {timestamp: ts}\n", "line 2", "tags must be a list")]
    [InlineData("- just\n- a list\n", "line 1", "expected a YAML mapping")]
    public async Task Read_InvalidMapping_FatalErrorNamesFileLineAndReason(string yaml, string line, string reason)
    {
        using var mapping = new TempMapping(yaml);
        var sink = await ImporterHarness.RunAsync(Importer, Csv, mappingPath: mapping.Path);

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains($"mapping file {mapping.Path}, {line}", error.Reason, StringComparison.Ordinal);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.Empty(sink.Records);
    }

    [Fact]
    public async Task Read_NoMappingFile_FatalError()
    {
        var missing = await ImporterHarness.RunAsync(Importer, Csv, mappingPath: "/nonexistent/mapping.yaml");
        var none = await ImporterHarness.RunAsync(Importer, Csv);

        Assert.Contains("/nonexistent/mapping.yaml", Assert.Single(missing.Errors).Reason, StringComparison.Ordinal);
        Assert.Contains("no mapping file", Assert.Single(none.Errors).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_MappedColumnMissingFromCsv_FatalErrorListsIt()
    {
        using var mapping = new TempMapping("period: hour\ncolumns: {timestamp: ts, team: team_name}\ntags: [env]\n");
        var sink = await ImporterHarness.RunAsync(Importer, Csv, mappingPath: mapping.Path);

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("team_name, env", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_NoRecordKeyColumn_ContentHashStableAndBlindToUnmappedColumns()
    {
        using var mapping = new TempMapping("provider: openai\nperiod: day\ncolumns: {timestamp: ts, model: model, cost: usd}\n");
        const string csv = "ts,model,usd,exported_at\n2025-03-03,gpt-4o,0.5,a\n2025-03-03,gpt-4o,0.6,a\n2025-03-03,gpt-4o,0.5,b\n";

        var first = (await ImporterHarness.RunAsync(Importer, csv, mappingPath: mapping.Path)).Records;
        var again = (await ImporterHarness.RunAsync(Importer, csv, mappingPath: mapping.Path)).Records;

        Assert.Equal(first.Select(r => r.RecordKey), again.Select(r => r.RecordKey));
        Assert.Matches("^[0-9a-f]{64}$", first[0].RecordKey);
        Assert.NotEqual(first[0].RecordKey, first[1].RecordKey);
        Assert.Equal(first[0].RecordKey, first[2].RecordKey);
        Assert.Equal(new DateTime(2025, 3, 4, 0, 0, 0, DateTimeKind.Utc), first[0].ChargePeriodEnd);
    }

    [Fact]
    public async Task Read_SemicolonsUnixTimesAndPeriodEnd_Read()
    {
        using var mapping = new TempMapping("provider: anthropic\ndelimiter: \";\"\ntimestamp_format: unix\ncolumns: {timestamp: from, period_end: to, output_tokens: out, reasoning_tokens: think}\n");
        var sink = await ImporterHarness.RunAsync(Importer, "from;to;out;think\n1741000000;1741003600;900;300\n", mappingPath: mapping.Path);

        var r = Assert.Single(sink.Records);
        Assert.Equal(new DateTime(2025, 3, 3, 11, 6, 40, DateTimeKind.Utc), r.ChargePeriodStart);
        Assert.Equal(r.ChargePeriodStart.AddHours(1), r.ChargePeriodEnd);
        Assert.Equal((900L, 300L), (r.OutputTokens!.Value, r.ReasoningTokens!.Value));
        Assert.Equal("anthropic", r.Provider);
    }

    [Theory]
    [InlineData("2025-03-03 09:00:00,gpt-4o,0.5,XYZ", "cur")]
    [InlineData("03/03/2025 09:00,gpt-4o,0.5,USD", "ts")]
    [InlineData("2025-03-03 09:00:00,gpt-4o,1e999,USD", "usd")]
    public async Task Read_BadValue_RowErrorNamesCsvColumn(string row, string column)
    {
        using var mapping = new TempMapping("provider: openai\nperiod: hour\ntimestamp_format: \"yyyy-MM-dd HH:mm:ss\"\ncolumns: {timestamp: ts, model: model, cost: usd, currency: cur}\n");
        var sink = await ImporterHarness.RunAsync(Importer, $"{Csv}{row}\n", mappingPath: mapping.Path);

        var error = Assert.Single(sink.Errors);
        Assert.Equal((3L, column, false), (error.Line, error.Column, error.IsFatal));
        Assert.Single(sink.Records);
    }
}
