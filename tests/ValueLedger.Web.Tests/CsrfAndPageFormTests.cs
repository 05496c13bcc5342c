using System.Net;
using static ValueLedger.Web.Tests.WriteApiTestHelpers;

namespace ValueLedger.Web.Tests;

/// <summary>Cookie sessions: the CSRF token is required on writes; the value pages' forms are scoped, finance-only and calm on double submission.</summary>
public sealed class CsrfAndPageFormTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
    [Fact]
    public async Task CookieApiPost_WithoutCsrfHeader_Is400AndNothingChanges()
    {
        var id = await RecordClaimAsync(ledger);
        var (client, csrf) = await ledger.CookieClientAsync("cfo");
        using (client)
        {
            var (refused, problem) = await PostAsync(client, $"/api/outcomes/{id}/validate", new { });
            using (problem)
            {
                Assert.Equal(HttpStatusCode.BadRequest, refused);
                Assert.Contains("CSRF", problem.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
            }

            Assert.DoesNotContain(await AuditAsync(ledger, $"outcome:{id}"), e => e.GetProperty("action").GetString() == "outcome.validate");
            var (ok, body) = await PostAsync(client, $"/api/outcomes/{id}/validate", new { }, csrf);
            body.Dispose();
            Assert.Equal(HttpStatusCode.OK, ok);
            AssertAudited(await AuditAsync(ledger, $"outcome:{id}"), "outcome.validate", "cfo");
        }
    }

    [Fact]
    public async Task ValidateForm_Twice_RedirectsWithCalmNoticeAndValidatesOnce()
    {
        var id = await RecordClaimAsync(ledger);
        var (client, csrf) = await ledger.CookieClientAsync("cfo");
        using (client)
        {
            async Task<HttpResponseMessage> SubmitAsync(string action)
            {
                using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf, ["reason"] = "looks right", ["return"] = "/outcomes?status=claimed" });
                return await client.PostAsync(new Uri($"/outcomes/{id}/{action}", UriKind.Relative), form);
            }

            using var first = await SubmitAsync("validate");
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.Equal($"/outcomes?status=claimed&notice=outcome%20{id}%20validated", first.Headers.Location!.OriginalString);
            using var second = await SubmitAsync("validate");
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
            Assert.Contains(Uri.EscapeDataString($"outcome {id} was already validated"), second.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var reject = await SubmitAsync("reject");
            Assert.Contains(Uri.EscapeDataString($"outcome {id} was already validated"), reject.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var page = await client.GetStringAsync(new Uri(second.Headers.Location.OriginalString, UriKind.Relative));
            Assert.Contains($"outcome {id} was already validated", page, StringComparison.Ordinal);
        }

        var audit = await AuditAsync(ledger, $"outcome:{id}");
        Assert.Single(audit, e => e.GetProperty("action").GetString() == "outcome.validate");
        Assert.DoesNotContain(audit, e => e.GetProperty("action").GetString() == "outcome.reject");
    }

    [Fact]
    public async Task ValidateForm_ForgedByBuOwner_Is403AndQueueShowsNoForms()
    {
        var id = await RecordClaimAsync(ledger);
        var (client, csrf) = await ledger.CookieClientAsync("head-of-support");
        using (client)
        {
            var queue = await client.GetStringAsync(new Uri("/outcomes", UriKind.Relative));
            Assert.Contains($"data-outcome=\"{id}\"", queue, StringComparison.Ordinal);
            Assert.DoesNotContain("/validate\"", queue, StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf, ["reason"] = "mine" });
            using var forged = await client.PostAsync(new Uri($"/outcomes/{id}/validate", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }

        Assert.DoesNotContain(await AuditAsync(ledger, $"outcome:{id}"), e => e.GetProperty("action").GetString() == "outcome.validate");
    }

    [Fact]
    public async Task FormPost_WithoutCsrfField_Is400()
    {
        var id = await RecordClaimAsync(ledger);
        var (client, _) = await ledger.CookieClientAsync("cfo");
        using (client)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["reason"] = "x" });
            using var response = await client.PostAsync(new Uri($"/outcomes/{id}/validate", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task OutcomesPage_ScriptInRejectReason_IsEscapedAndFilterShowsOnlyThatStatus()
    {
        var id = await RecordClaimAsync(ledger);
        using var cfoToken = ledger.TokenClient("cfo");
        var (status, body) = await PostAsync(cfoToken, $"/api/outcomes/{id}/reject", new { reason = "<script>alert('x')</script> & more" });
        body.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        var (client, _) = await ledger.CookieClientAsync("cfo");
        using (client)
        {
            var rejected = await client.GetStringAsync(new Uri("/outcomes?status=rejected", UriKind.Relative));
            Assert.Contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; more", rejected, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", rejected, StringComparison.Ordinal);
            Assert.Contains($"data-outcome=\"{id}\"", rejected, StringComparison.Ordinal);
            Assert.DoesNotContain("class=\"status-validated\"", rejected, StringComparison.Ordinal);
            var audit = await client.GetStringAsync(new Uri($"/audit?subject=outcome:{id}", UriKind.Relative));
            Assert.Contains("&lt;script&gt;", audit, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", audit, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WriteApi_MalformedJson_Is400NotServerError()
    {
        using var admin = ledger.TokenClient("admin");
        using var content = new StringContent("{\"initiative\": ", System.Text.Encoding.UTF8, "application/json");
        using var response = await admin.PostAsync(new Uri("/api/outcomes", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
    [Fact]
    public async Task AuditCsv_FormulaInReason_IsNeutralisedAndBuOwnerRefused()
    {
        var id = await RecordClaimAsync(ledger);
        using var cfoToken = ledger.TokenClient("cfo");
        var (status, body) = await PostAsync(cfoToken, $"/api/outcomes/{id}/reject", new { reason = "=HYPERLINK(\"http://evil.example\",\"x\")" });
        body.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        using var response = await cfoToken.GetAsync(new Uri($"/audit.csv?subject=outcome:{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("\"seq\",\"at\",\"actor\",\"action\",\"subject\",\"reason\",\"details\"", lines[0]);
        Assert.Equal(3, lines.Length);
        Assert.Contains($"\"cfo\",\"outcome.reject\",\"outcome:{id}\",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", lines[1], StringComparison.Ordinal);
        using var owner = ledger.TokenClient("head-of-support");
        using var refused = await owner.GetAsync(new Uri("/audit.csv", UriKind.Relative));
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }
}
