using System.Net;
using static ValueLedger.Web.Tests.WriteApiTestHelpers;

namespace ValueLedger.Web.Tests;

/// <summary>The initiative pages' forms with a cookie session: scoped (404 outside the unit), role-checked (403), refusals listed one per line.</summary>
public sealed class InitiativePageFormTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
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

    [Fact]
    public async Task RecordClaimForm_BuOwner_RecordedAsClaimAndAudited_ViewerForbidden()
    {
        var (client, csrf) = await ledger.CookieClientAsync("head-of-support");
        long id;
        using (client)
        {
            var fields = new Dictionary<string, string>
            {
                ["__csrf"] = csrf, ["period-start"] = "2026-10-01", ["period-end"] = "2026-11-01", ["successful"] = "12", ["failed"] = "", ["evidence"] = "https://example.com/q4",
            };
            using (var bad = new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["period-end"] = "01/11/2026", ["successful"] = "-3" }))
            {
                using var refused = await client.PostAsync(new Uri("/initiatives/support-copilot/outcomes", UriKind.Relative), bad);
                Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
                var html = await refused.Content.ReadAsStringAsync();
                Assert.Contains("<li>period end (exclusive): &#x27;01/11/2026&#x27; is not a day (YYYY-MM-DD)</li>", html, StringComparison.Ordinal);
                Assert.Contains("<li>successful outcomes: &#x27;-3&#x27; is not a whole number of 0 or more</li>", html, StringComparison.Ordinal);
            }

            using var good = new FormUrlEncodedContent(fields);
            using var response = await client.PostAsync(new Uri("/initiatives/support-copilot/outcomes", UriKind.Relative), good);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var notice = Uri.UnescapeDataString(response.Headers.Location!.OriginalString);
            var match = System.Text.RegularExpressions.Regex.Match(notice, "outcome ([0-9]+) recorded as a claim for support-copilot");
            Assert.True(match.Success, notice);
            id = long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        using var admin = ledger.TokenClient("admin");
        using var claimed = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/outcomes?status=claimed&pageSize=500", UriKind.Relative)));
        var record = claimed.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal(12, record.GetProperty("successful").GetInt64());
        AssertAudited(await AuditAsync(ledger, $"outcome:{id}"), "outcome.record", "head-of-support");

        var (viewer, viewerCsrf) = await ledger.CookieClientAsync("auditor");
        using (viewer)
        {
            Assert.DoesNotContain("Record claim", await viewer.GetStringAsync(new Uri("/initiatives/support-copilot", UriKind.Relative)), StringComparison.Ordinal);
            using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__csrf"] = viewerCsrf, ["period-start"] = "2026-10-01", ["period-end"] = "2026-11-01", ["successful"] = "1" });
            using var forged = await viewer.PostAsync(new Uri("/initiatives/support-copilot/outcomes", UriKind.Relative), form);
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        }
    }
}
