using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ValueLedger.Web.Tests.People;

/// <summary><c>POST /api/people/imports</c>: refusals that leave the ledger as it was, and never echo a login or e-mail.</summary>
public sealed class PeopleImportApiTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public async Task Upload_UnknownFormat_400NamingTheParameter()
    {
        using var response = await UploadAsync("email,course,completed\n", "x.csv", "&format=hr-feed");

        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal("format", problem.RootElement.GetProperty("parameter").GetString());
    }

    [Fact]
    public async Task Upload_BadRows_422WithLineColumnReasonAndNoIdentifier()
    {
        using var response = await UploadAsync("email,course,completed\nhidden.person@example.com,Intro,2026-02-30\nother@example.com,Intro,2026-02-01\n", "lms.csv");

        var body = await response.Content.ReadAsStringAsync();
        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var error = problem.RootElement.GetProperty("errors")[0];
        Assert.Equal((2, "completed"), (error.GetProperty("line").GetInt64(), error.GetProperty("column").GetString()));
        Assert.Equal("learning-csv", problem.RootElement.GetProperty("format").GetString());
        Assert.Contains("upload with lenient=true", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hidden.person", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_NotAPeopleFile_422SaysSo()
    {
        using var response = await UploadAsync("a,b\n1,2\n", "numbers.csv");

        using var problem = await ImportApiTests.ProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.StartsWith("numbers.csv cannot be imported", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("choose it with format=", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_LearningFileThenSameBytes_201Then409AndListed()
    {
        const string Text = "email,course,completed,kind\nweb.one@example.com,Intro,2026-01-08,awareness\nweb.two@example.com,Intro,2026-01-09,awareness\n";

        using var first = await UploadAsync(Text, "lms-web.csv");
        var body = await first.Content.ReadAsStringAsync();
        using var again = await UploadAsync(Text, "renamed.csv");
        using var history = await ledger.Client.GetAsync("/api/people/imports");
        var list = await history.Content.ReadAsStringAsync();

        Assert.True(first.StatusCode == HttpStatusCode.Created, body);
        using var created = System.Text.Json.JsonDocument.Parse(body);
        Assert.Equal(("learning-csv", 2, 0), (created.RootElement.GetProperty("format").GetString(), created.RootElement.GetProperty("added").GetInt32(), created.RootElement.GetProperty("rejected").GetInt32()));
        using var duplicate = await ImportApiTests.ProblemAsync(again, HttpStatusCode.Conflict);
        Assert.Equal(created.RootElement.GetProperty("importId").GetInt64(), duplicate.RootElement.GetProperty("importId").GetInt64());
        Assert.Contains("\"file\":\"lms-web.csv\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("web.one", body + list, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> UploadAsync(string text, string name, string query = "")
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await ledger.Client.PostAsync($"/api/people/imports?name={Uri.EscapeDataString(name)}{query}", content);
    }
}
