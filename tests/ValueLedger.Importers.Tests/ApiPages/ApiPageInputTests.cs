using System.Text;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.ApiPages;

/// <summary>Whole-input shapes the shared page reading accepts or rejects, through the OpenAI usage importer.</summary>
public sealed class ApiPageInputTests
{
    private static readonly OpenAiUsageImporter Importer = new();

    [Fact]
    public async Task Read_PagesOnePerLine_ReadsEveryPage()
    {
        const string ndjson = """
            {"object":"page","data":[{"object":"bucket","start_time":1736553600,"end_time":1736640000,"results":[{"object":"organization.usage.completions.result","input_tokens":10,"output_tokens":1,"num_model_requests":1,"model":"gpt-4o"}]}],"has_more":true,"next_page":"p2"}
            {"object":"page","data":[{"object":"bucket","start_time":1736640000,"end_time":1736726400,"results":[{"object":"organization.usage.completions.result","input_tokens":20,"output_tokens":2,"num_model_requests":1,"model":"gpt-4o"}]}],"has_more":false,"next_page":null}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, ndjson);

        Assert.Empty(sink.Errors);
        Assert.Equal([1L, 2L], sink.Records.Select(r => r.SourceLine));
        Assert.Equal(30, sink.Records.Sum(r => r.InputTokens));
    }

    [Fact]
    public async Task Read_ApiErrorResponse_IsFatalWithTheMessage()
    {
        var sink = await ImporterHarness.RunAsync(Importer, """{"error": {"message": "Invalid admin key", "type": "invalid_request_error"}}""");

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("Invalid admin key", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_TenMegabyteModelName_IsRowErrorWithShortExcerpt()
    {
        var huge = new string('x', 10 * 1024 * 1024);
        var json = $$"""
            [{"start_time": 1736553600, "end_time": 1736640000, "results": [
              {"object": "organization.usage.completions.result", "input_tokens": 1, "model": "{{huge}}"},
              {"object": "organization.usage.completions.result", "input_tokens": 2, "model": "gpt-4o"}]}]
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var error = Assert.Single(sink.Errors);
        Assert.Equal(2, error.Line);
        Assert.Equal("model", error.Column);
        Assert.True(error.Raw!.Length <= Core.Import.RowError.MaxRawLength + 1);
        Assert.True(error.Reason.Length < 500);
        Assert.Equal(2, Assert.Single(sink.Records).InputTokens);
    }

    [Fact]
    public async Task Read_WhitespaceOnly_IsFatalEmpty()
    {
        var sink = await ImporterHarness.RunAsync(Importer, " \n\t\n");

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_Utf8Bom_IsSkipped()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(ImporterHarness.Fixture("OpenAI", "usage_by_user_hourly.json")).ToArray();
        var sink = await ImporterHarness.RunAsync(Importer, bytes);

        Assert.Empty(sink.Errors);
        Assert.Equal(3, sink.Records.Count);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("[1, 2]")]
    [InlineData("{\"object\": \"list\", \"items\": []}")]
    [InlineData("{\"data\": 5}")]
    public async Task Read_JsonThatIsNotAPage_IsOneFatalError(string json)
    {
        var sink = await ImporterHarness.RunAsync(Importer, json);

        Assert.Empty(sink.Records);
        Assert.True(Assert.Single(sink.Errors).IsFatal);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{\"object\": \"page\", \"data\": [], \"has_more\": false, \"next_page\": null}")]
    public async Task Read_NoBucketsAtAll_IsFatalEmpty(string json)
    {
        var sink = await ImporterHarness.RunAsync(Importer, json);

        var error = Assert.Single(sink.Errors);
        Assert.True(error.IsFatal);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_BadResultWithAUserId_NeverQuotesTheUserId()
    {
        var longUser = "alice@example.com" + new string('x', 2000);
        var json = $$"""
            {"data": [{"start_time": 1736553600, "end_time": 1736640000, "results": [
              {"input_tokens": -1, "user_id": "alice@example.com", "model": "gpt-4o"},
              {"input_tokens": 1, "user_id": "{{longUser}}", "model": "gpt-4o"},
              {"input_tokens": 1, "user_id": "alice@example.com", "model": "gpt-4o"},
              {"input_tokens": 1, "user_id": "alice@example.com", "model": "gpt-4o"}
            ]}]}
            """;
        var sink = await ImporterHarness.RunAsync(Importer, json);

        Assert.Equal(3, sink.Errors.Count);
        Assert.Equal("user_id", sink.Errors[1].Column);
        Assert.All(sink.Errors, e => Assert.DoesNotContain("alice", $"{e.Reason} {e.Raw}", StringComparison.Ordinal));
    }
}
