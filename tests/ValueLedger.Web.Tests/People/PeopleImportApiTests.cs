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

    private async Task<HttpResponseMessage> UploadAsync(string text, string name, string query = "")
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return await ledger.Client.PostAsync($"/api/people/imports?name={Uri.EscapeDataString(name)}{query}", content);
    }
}
