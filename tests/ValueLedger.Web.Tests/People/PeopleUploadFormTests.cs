using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace ValueLedger.Web.Tests.People;

/// <summary>The imports page's people-file form (cookie, CSRF in the action URL, post/redirect/get), as HR would use it.</summary>
public sealed class PeopleUploadFormTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
    private const string Seats = "email,team,tool,seat_assigned\nform.one@example.com,support-emea,github-copilot,2026-01-05\nform.two@example.com,support-emea,github-copilot,2026-01-06\n";

    [Fact]
    public async Task UploadSeats_ThenSameFileAgain_ImportedThenNothingChangedAndListed()
    {
        var (client, csrf) = await ledger.CookieClientAsync("cfo");
        using (client)
        {
            using var first = await PostAsync(client, csrf, "form-seats.csv", Seats, "auto", "false");
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            var location = Uri.UnescapeDataString(first.Headers.Location!.OriginalString);
            Assert.Contains("Imported form-seats.csv as seats-csv: 4 facts added, 0 already held, 0 rows set aside.", location, StringComparison.Ordinal);

            using var again = await PostAsync(client, csrf, "renamed.csv", Seats, "seats-csv", "false");
            Assert.Contains("was imported before", Uri.UnescapeDataString(again.Headers.Location!.OriginalString), StringComparison.Ordinal);

            var page = await client.GetStringAsync(new Uri("/imports", UriKind.Relative));
            Assert.Contains("<td>form-seats.csv</td>", page, StringComparison.Ordinal);
            Assert.DoesNotContain("form.one", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UploadBadLearningFile_Strict_ErrorNamesLineAndColumnNeverTheLogin()
    {
        var (client, csrf) = await ledger.CookieClientAsync("admin");
        using (client)
        {
            using var response = await PostAsync(client, csrf, "bad-lms.csv", "email,course,completed\nsecret.person@example.com,Intro,2026-02-30\n", "auto", "false");

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
            Assert.StartsWith("/imports?error=bad-lms.csv: ", location, StringComparison.Ordinal);
            Assert.EndsWith("#people", location, StringComparison.Ordinal);
            Assert.Contains("line 2, completed", location, StringComparison.Ordinal);
            Assert.DoesNotContain("secret.person", location, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UploadForm_BuOwner_SentToForbiddenAndNothingImported()
    {
        var (client, csrf) = await ledger.CookieClientAsync("head-of-support");
        using (client)
        {
            using var response = await PostAsync(client, csrf, "hos-seats.csv", Seats.Replace("form.", "hos.", StringComparison.Ordinal), "auto", "false");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/forbidden", response.Headers.Location!.AbsolutePath);
        }

        var (admin, _) = await ledger.CookieClientAsync("admin");
        using (admin)
        {
            Assert.DoesNotContain("hos-seats.csv", await admin.GetStringAsync(new Uri("/imports", UriKind.Relative)), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string csrf, string name, string text, string format, string lenient)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(format), "format");
        form.Add(new StringContent(lenient), "lenient");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", name);
        return await client.PostAsync(new Uri($"/imports/people/upload?__csrf={Uri.EscapeDataString(csrf)}", UriKind.Relative), form);
    }
}
