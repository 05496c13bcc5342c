using System.Net;
using static ValueLedger.Web.Tests.WriteApiTestHelpers;

namespace ValueLedger.Web.Tests;

/// <summary>The initiative life cycle over the API: J-curves, readiness, stage moves; audited with the actor; refusals as problems.</summary>
public sealed class InitiativeWriteApiTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
    private static readonly object Curve = new
    {
        startMonth = "2026-01", monthlyCost = "100", troughMonth = 2, troughDepth = "50", maturityMonth = 6, targetMonthlyNet = "80", tolerance = "0.25", currency = "USD",
    };

    [Fact]
    public async Task DeclareThenSignJCurve_AsAdmin_AuditedAndSecondSignIs409()
    {
        using var admin = ledger.TokenClient("admin");
        var (declared, body) = await PostAsync(admin, "/api/initiatives/agent-platform/jcurve", Curve);
        int version;
        using (body)
        {
            Assert.Equal(HttpStatusCode.Created, declared);
            Assert.False(body.RootElement.GetProperty("signed").GetBoolean());
            Assert.Equal("0.25", body.RootElement.GetProperty("tolerance").GetString());
            version = body.RootElement.GetProperty("version").GetInt32();
        }

        AssertAudited(await AuditAsync(ledger, $"jcurve:agent-platform@{version}"), "jcurve.declare", "admin");
        var (signed, signedBody) = await PostAsync(admin, $"/api/initiatives/agent-platform/jcurve/{version}/sign", null);
        using (signedBody)
        {
            Assert.Equal(HttpStatusCode.OK, signed);
            Assert.True(signedBody.RootElement.GetProperty("signed").GetBoolean());
        }

        AssertAudited(await AuditAsync(ledger, $"jcurve:agent-platform@{version}"), "jcurve.sign", "admin");
        var (again, problem) = await PostAsync(admin, $"/api/initiatives/agent-platform/jcurve/{version}/sign", null);
        using (problem)
        {
            Assert.Equal(HttpStatusCode.Conflict, again);
            Assert.Contains("already signed", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task DeclareJCurve_MaturityBeforeTrough_Is422ListingTheRule()
    {
        using var admin = ledger.TokenClient("admin");
        var (status, problem) = await PostAsync(admin, "/api/initiatives/agent-platform/jcurve", new
        {
            startMonth = "2026-01", monthlyCost = "100", troughMonth = 5, troughDepth = "50", maturityMonth = 2, targetMonthlyNet = "80", tolerance = "0.25", currency = "USD",
        });
        using (problem)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains("must not be before the trough month", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SetReadiness_EvidencedWithLink_AuditedWithoutLink422()
    {
        using var hos = ledger.TokenClient("head-of-support");
        var (ok, body) = await SendAsync(hos, HttpMethod.Put, "/api/initiatives/support-copilot/readiness/usage-monitoring", new { state = "evidenced", evidence = "https://wiki.example.com/monitoring" });
        using (body)
        {
            Assert.Equal(HttpStatusCode.OK, ok);
            Assert.Equal("evidenced", body.RootElement.GetProperty("state").GetString());
        }

        AssertAudited(await AuditAsync(ledger, "initiative:support-copilot"), "readiness.set", "head-of-support");
        var (refused, problem) = await SendAsync(hos, HttpMethod.Put, "/api/initiatives/support-copilot/readiness/usage-monitoring", new { state = "evidenced", evidence = "javascript:alert(1)" });
        problem.Dispose();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        var (waive, waiveProblem) = await SendAsync(hos, HttpMethod.Put, "/api/initiatives/support-copilot/readiness/human-authority", new { state = "waived", reason = "r" });
        waiveProblem.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, waive);
    }

    [Fact]
    public async Task Retire_WithReasonAsAdmin_AuditedAndNoReason422()
    {
        using var admin = ledger.TokenClient("admin");
        var (refused, problem) = await PostAsync(admin, "/api/initiatives/contract-review/retire", new { reason = "" });
        using (problem)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
            Assert.Contains("reason", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var (status, body) = await PostAsync(admin, "/api/initiatives/contract-review/retire", new { reason = "no measurable uplift" });
        using (body)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("retired", body.RootElement.GetProperty("to").GetString());
        }

        var entry = (await AuditAsync(ledger, "initiative:contract-review")).First(e => e.GetProperty("action").GetString() == "initiative.transition");
        Assert.Equal("admin", entry.GetProperty("actor").GetString());
        Assert.Equal("no measurable uplift", entry.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Advance_GatesUnmet_Is422ListingEveryCondition()
    {
        // sales-email-drafts is a pilot whose readiness controls the demo leaves missing: production needs all five.
        using var admin = ledger.TokenClient("admin");
        var (status, problem) = await PostAsync(admin, "/api/initiatives/sales-email-drafts/advance", new { to = "production" });
        using (problem)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            var detail = problem.RootElement.GetProperty("detail").GetString()!;
            foreach (var control in new[] { "role-based-training", "sops-and-runbooks", "usage-monitoring", "exception-management", "human-authority" })
            {
                Assert.Contains($"readiness control {control} evidenced or waived", detail, StringComparison.Ordinal);
            }
        }

        Assert.DoesNotContain(await AuditAsync(ledger, "initiative:sales-email-drafts"), e => e.GetProperty("action").GetString() == "initiative.transition");
    }

    [Fact]
    public async Task Advance_ExperimentReady_MovesToPilotAndAudited()
    {
        using var admin = ledger.TokenClient("admin");
        var (status, body) = await PostAsync(admin, "/api/initiatives/content-studio/advance", new { to = "pilot" });
        using (body)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("experiment", body.RootElement.GetProperty("from").GetString());
            Assert.Equal("pilot", body.RootElement.GetProperty("to").GetString());
        }

        AssertAudited(await AuditAsync(ledger, "initiative:content-studio"), "initiative.transition", "admin");
    }

    [Fact]
    public async Task Advance_BadStage_Is400NamingIt()
    {
        using var admin = ledger.TokenClient("admin");
        var (status, problem) = await PostAsync(admin, "/api/initiatives/agent-platform/advance", new { to = "moon" });
        using (problem)
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("to", problem.RootElement.GetProperty("parameter").GetString());
        }
    }

    [Fact]
    public async Task Advance_FinanceOnAnotherUnitsInitiative_Is403()
    {
        using var cfo = ledger.TokenClient("cfo");
        var (status, problem) = await PostAsync(cfo, "/api/initiatives/sales-email-drafts/advance", new { to = "production" });
        problem.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData("POST", "/api/initiatives/sales-email-drafts/advance", "{\"to\":\"production\"}")]
    [InlineData("POST", "/api/initiatives/sales-email-drafts/retire", "{\"reason\":\"x\"}")]
    [InlineData("POST", "/api/initiatives/sales-email-drafts/jcurve/1/sign", null)]
    [InlineData("PUT", "/api/initiatives/sales-email-drafts/readiness/usage-monitoring", "{\"state\":\"in-progress\"}")]
    [InlineData("POST", "/api/outcomes", "{\"initiative\":\"sales-email-drafts\",\"periodStart\":\"2026-10-01\",\"periodEnd\":\"2026-11-01\",\"successful\":1,\"failed\":0}")]
    [InlineData("GET", "/api/initiatives/sales-email-drafts", null)]
    public async Task BuOwner_AnotherUnitsInitiative_Is404LikeUnknown(string method, string url, string? json)
    {
        using var hos = ledger.TokenClient("head-of-support");
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
        {
            Content = json is null ? null : new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await hos.SendAsync(request);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("Sales e-mail drafts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
