using ValueLedger.Core.Import;
using ValueLedger.Importers.LiteLlm;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.LiteLlm;

public sealed class LiteLlmCsvImporterEdgeTests
{
    private const string Header = "request_id,spend,prompt_tokens,completion_tokens,start_time,end_time,model,custom_llm_provider,request_tags";

    private static readonly LiteLlmCsvImporter Importer = new();

    [Fact]
    public async Task Read_MissingRequiredColumns_FatalErrorListsThem()
    {
        var sink = await ImporterHarness.RunAsync(Importer, "request_id,model\nr1,gpt-4o\n");

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("startTime", error.Reason, StringComparison.Ordinal);
        Assert.Contains("spend", error.Reason, StringComparison.Ordinal);
        Assert.Empty(sink.Records);
    }

    [Fact]
    public async Task Read_HeaderOnly_FatalError()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Header + "\n");

        Assert.True(Assert.Single(sink.Errors).IsFatal);
    }

    [Fact]
    public async Task Read_SnakeCaseTimesAndSpaceSeparatedOffset_Accepted()
    {
        var sink = await ImporterHarness.RunAsync(Importer, Header + "\nr1,1.5e-3,10,5,2025-03-01 10:00:00+02:00,2025-03-01T08:00:02Z,gpt-4o,openai,[]\n");

        var r = Assert.Single(sink.Records);
        Assert.Equal(new DateTime(2025, 3, 1, 8, 0, 0, DateTimeKind.Utc), r.ChargePeriodStart);
        Assert.Equal(new DateTime(2025, 3, 1, 8, 0, 2, DateTimeKind.Utc), r.ChargePeriodEnd);
        Assert.Equal(0.0015m, r.Cost);
    }

    [Theory]
    [InlineData("r1,abc,1,1,2025-03-01 10:00:00,,gpt-4o,openai,[]", "spend")]
    [InlineData("r1,0.1,-4,1,2025-03-01 10:00:00,,gpt-4o,openai,[]", "prompt_tokens")]
    [InlineData("r1,0.1,1,1,yesterday,,gpt-4o,openai,[]", "startTime")]
    [InlineData(",0.1,1,1,2025-03-01 10:00:00,,gpt-4o,openai,[]", "request_id")]
    [InlineData("r1,0.1,1,1,2025-03-01 10:00:00,,gpt-4o,openai,{not json", "request_tags")]
    public async Task Read_BadValue_RowErrorNamesColumn(string row, string column)
    {
        var sink = await ImporterHarness.RunAsync(Importer, $"{Header}\nr0,0.1,1,1,2025-03-01 09:00:00,,gpt-4o,openai,[]\n{row}\n");

        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(3, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_UnbalancedQuoteOnLastLine_RowErrorNamesColumn()
    {
        var sink = await ImporterHarness.RunAsync(Importer, $"{Header}\nr0,0.1,1,1,2025-03-01 09:00:00,,gpt-4o,openai,[]\nr1,0.1,1,1,2025-03-01 09:00:00,,gpt-4o,openai,\"[\"\"prod\"\"\n");

        var error = Assert.Single(sink.Errors);
        Assert.False(error.IsFatal);
        Assert.Equal(3, error.Line);
        Assert.Equal("request_tags", error.Column);
        Assert.Single(sink.Records);
    }

    [Fact]
    public async Task Read_HugeField_ErrorExcerptIsShort()
    {
        var huge = new string('9', 10 * 1024 * 1024) + "x";
        var sink = await ImporterHarness.RunAsync(Importer, $"{Header}\nr1,{huge},1,1,2025-03-01 09:00:00,,gpt-4o,openai,[]\n");

        var error = Assert.Single(sink.Errors);
        Assert.Equal("spend", error.Column);
        Assert.True(error.Raw!.Length <= RowError.MaxRawLength + 1);
    }

    [Fact]
    public async Task Read_HugeMetadataWithoutProject_RowStillRead()
    {
        var metadata = "\"{\"\"note\"\": \"\"" + new string('a', 10 * 1024 * 1024) + "\"\"}\"";
        var sink = await ImporterHarness.RunAsync(Importer, $"request_id,spend,startTime,model,metadata\nr1,0.5,2025-03-01 09:00:00,gpt-4o,{metadata}\n");

        Assert.Empty(sink.Errors);
        Assert.Equal(0.5m, Assert.Single(sink.Records).Cost);
    }

    [Theory]
    [InlineData("together_ai", "meta-llama/Llama-3-70b", "together_ai", "meta-llama/Llama-3-70b")]
    [InlineData("", "bedrock/amazon.titan-text-express-v1", "aws", "amazon.titan-text-express-v1")]
    [InlineData("azure", "azure/gpt-4o", "azure", "gpt-4o")]
    [InlineData("", "gpt-4o", "unknown", "gpt-4o")]
    public async Task Read_ModelPrefix_StrippedOnlyWhenItNamesTheProvider(string providerColumn, string model, string provider, string expectedModel)
    {
        var sink = await ImporterHarness.RunAsync(Importer, $"{Header}\nr1,0.1,1,1,2025-03-01 09:00:00,,{model},{providerColumn},[]\n");

        var r = Assert.Single(sink.Records);
        Assert.Equal(provider, r.Provider);
        Assert.Equal(expectedModel, r.Model);
    }

    [Fact]
    public void Detect_HeaderWithLiteLlmColumns_Certain()
    {
        var detection = Importer.Detect(LiteLlmFixtures.Csv, "export.csv");

        Assert.Equal(100, detection.Confidence);
        Assert.Equal(0, new LiteLlmJsonImporter().Detect(LiteLlmFixtures.Csv, "export.csv").Confidence);
    }

    [Fact]
    public void Detect_OtherCsv_No()
    {
        Assert.Equal(0, Importer.Detect("id,date,amount\n1,2025-01-01,3\n"u8, "x.csv").Confidence);
    }
}
