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

    [Theory]
    [InlineData("/initiatives/sales-email-drafts")]
    [InlineData("/initiatives/no-such-initiative")]
    public async Task InitiativePage_BuOwnerOutOfScopeOrUnknown_Is404WithoutItsName(string path)
    {
        var (client, _) = await ledger.CookieClientAsync("head-of-support");
        using (client)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("Sales e-mail drafts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var list = await client.GetStringAsync(new Uri("/initiatives", UriKind.Relative));
            Assert.Contains("support-copilot", list, StringComparison.Ordinal);
            Assert.DoesNotContain("sales-email-drafts", list, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RetireForm_BuOwnerOfAnotherUnit_Is404AndAuditPageNotOpen()
    {
        var (client, csrf) = await ledger.CookieClientAsync("head-of-support");
        using (client)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf, ["reason"] = "tampered" });
            using var response = await client.PostAsync(new Uri("/initiatives/sales-email-drafts/retire", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            using var audit = await client.GetAsync(new Uri("/audit", UriKind.Relative));
            Assert.NotEqual(HttpStatusCode.OK, audit.StatusCode);
        }
    }

    [Fact]
    public async Task AdvanceForm_GatesUnmet_Is422PageListingEachCondition()
    {
        var (client, csrf) = await ledger.CookieClientAsync("admin");
        using (client)
        {
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = csrf, ["to"] = "production" });
            using var response = await client.PostAsync(new Uri("/initiatives/sales-email-drafts/advance", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("<li>missing readiness control human-authority evidenced or waived (it is missing)</li>", html, StringComparison.Ordinal);
            Assert.Contains("<li>missing readiness control role-based-training evidenced or waived (it is missing)</li>", html, StringComparison.Ordinal);
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
    public async Task DeclareJCurveForm_AsAdmin_DeclaredAndAudited_BadFieldsListed()
    {
        var (client, csrf) = await ledger.CookieClientAsync("admin");
        using (client)
        {
            var fields = new Dictionary<string, string>
            {
                ["__csrf"] = csrf, ["start"] = "2026-01", ["monthly-cost"] = "120", ["trough-month"] = "2", ["trough-depth"] = "40", ["maturity-month"] = "6",
                ["target-net"] = "90", ["tolerance"] = "0.2", ["currency"] = "usd",
            };
            using (var bad = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["monthly-cost"] = "1,5", ["trough-month"] = "two" }))
            {
                using var refused = await client.PostAsync(new Uri("/initiatives/code-review-bot/jcurve", UriKind.Relative), bad);
                Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
                var html = await refused.Content.ReadAsStringAsync();
                Assert.Contains("<li>monthly cost C: &#x27;1,5&#x27; is not a number", html, StringComparison.Ordinal);
                Assert.Contains("<li>trough month T: &#x27;two&#x27; is not a whole number of months</li>", html, StringComparison.Ordinal);
            }

            using var good = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(new Uri("/initiatives/code-review-bot/jcurve", UriKind.Relative), good);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains(Uri.EscapeDataString("J-curve version 1 of code-review-bot declared"), response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var page = await client.GetStringAsync(new Uri("/initiatives/code-review-bot", UriKind.Relative));
            Assert.Contains("Sign version 1", page, StringComparison.Ordinal);
        }

        AssertAudited(await AuditAsync(ledger, "jcurve:code-review-bot@1"), "jcurve.declare", "admin");
    }
}
