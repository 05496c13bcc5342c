using System.Net;

namespace ValueLedger.Web.Tests.People;

/// <summary>The registers' forms with the session cookie: CSRF required, post/redirect/get, a double submission is calm, others 403.</summary>
public sealed class RegisterPageFormTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
    private static Dictionary<string, string> Resistance(string csrf) => new()
    {
        ["__csrf"] = csrf, ["stakeholderGroup"] = "Works council", ["resistance"] = "Wants a say in telemetry.", ["counter"] = "Agree the aggregation rules together.",
        ["owner"] = "HR", ["status"] = "in-progress",
    };

    [Fact]
    public async Task AddResistance_SubmittedTwice_SavedThenUnchangedNotice()
    {
        var (client, csrf) = await ledger.CookieClientAsync("cfo");
        using (client)
        {
            var fields = Resistance(csrf);
            fields["id"] = "works-council";
            using var first = await PostAsync(client, "/registers/resistances", fields);
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
            Assert.Contains("notice=" + Uri.EscapeDataString("resistance 'works-council' saved"), first.Headers.Location!.OriginalString, StringComparison.Ordinal);
            using var second = await PostAsync(client, "/registers/resistances", fields);
            Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
            Assert.Contains("unchanged", Uri.UnescapeDataString(second.Headers.Location!.OriginalString), StringComparison.Ordinal);
            var page = await client.GetStringAsync(new Uri("/registers/resistances", UriKind.Relative));
            Assert.Contains("Wants a say in telemetry.", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EditResistance_BadStatus_RedirectsWithErrorNamingTheField()
    {
        var (client, csrf) = await ledger.CookieClientAsync("admin");
        using (client)
        {
            var fields = Resistance(csrf);
            fields["status"] = "finished";
            using var response = await PostAsync(client, "/registers/resistances/engineering-surveillance", fields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/registers/resistances?error=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Contains("status", Uri.UnescapeDataString(response.Headers.Location.OriginalString), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EditResistance_WithoutCsrf_RefusedAndNothingSaved()
    {
        var (client, _) = await ledger.CookieClientAsync("admin");
        using (client)
        {
            var fields = Resistance("not-the-token");
            fields["counter"] = "forged counter";
            using var response = await PostAsync(client, "/registers/resistances/finance-soft-benefits", fields);
            Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
            var page = await client.GetStringAsync(new Uri("/registers/resistances", UriKind.Relative));
            Assert.DoesNotContain("forged counter", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EditRole_BuOwner_Forbidden()
    {
        var (client, csrf) = await ledger.CookieClientAsync("head-of-support");
        using (client)
        {
            using var response = await PostAsync(client, "/registers/roles/support-agent", new()
            {
                ["__csrf"] = csrf, ["role"] = "Support agent", ["businessUnit"] = "customer-support", ["kind"] = "displaced", ["peopleAffected"] = "26", ["reskillingProgressPercent"] = "0",
            });
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
    }

    [Fact]
    public async Task AddRole_AsAdmin_ShownOnThePageWithProgress()
    {
        var (client, csrf) = await ledger.CookieClientAsync("admin");
        using (client)
        {
            using var response = await PostAsync(client, "/registers/roles", new()
            {
                ["__csrf"] = csrf, ["role"] = "Prompt librarian", ["businessUnit"] = "marketing", ["kind"] = "created", ["peopleAffected"] = "0",
                ["reskillingPlan"] = "Curate the brand prompt library", ["reskillingProgressPercent"] = "25",
            });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("notice=", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
            var page = await client.GetStringAsync(new Uri("/registers", UriKind.Relative));
            Assert.Contains("id=\"role-marketing-prompt-librarian\"", page, StringComparison.Ordinal);
            Assert.Contains("<span>25 %</span>", page, StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), form);
    }
}
