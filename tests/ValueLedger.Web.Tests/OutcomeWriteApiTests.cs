using System.Net;
using static ValueLedger.Web.Tests.WriteApiTestHelpers;

namespace ValueLedger.Web.Tests;

/// <summary>Recording, validating and rejecting outcomes and agreeing methods over the API: audited with the actor, finance-only, once.</summary>
public sealed class OutcomeWriteApiTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
    [Fact]
    public async Task RecordOutcome_AsAdmin_Returns201ClaimAndAuditNamesActor()
    {
        var id = await RecordClaimAsync(ledger, successful: 7);
        using var admin = ledger.TokenClient("admin");
        using var page = System.Text.Json.JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/outcomes?status=claimed&pageSize=500", UriKind.Relative)));
        var record = page.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetInt64() == id);
        Assert.Equal(7, record.GetProperty("successful").GetInt64());
        Assert.Equal("claimed", record.GetProperty("status").GetString());
        AssertAudited(await AuditAsync(ledger, $"outcome:{id}"), "outcome.record", "admin");
    }

    [Fact]
    public async Task ValidateOutcome_Twice_SecondIs409SayingAlreadyValidated()
    {
        var id = await RecordClaimAsync(ledger);
        using var cfo = ledger.TokenClient("cfo");
        var (first, body) = await PostAsync(cfo, $"/api/outcomes/{id}/validate", new { reason = "checked the queue report" });
        using (body)
        {
            Assert.Equal(HttpStatusCode.OK, first);
            Assert.Equal("validated", body.RootElement.GetProperty("status").GetString());
            Assert.True(body.RootElement.GetProperty("counts").GetBoolean());
        }

        var (second, problem) = await PostAsync(cfo, $"/api/outcomes/{id}/validate", new { });
        using (problem)
        {
            Assert.Equal(HttpStatusCode.Conflict, second);
            Assert.Contains($"outcome {id} was already validated", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
            Assert.DoesNotContain("cfo", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var (reject, rejectProblem) = await PostAsync(cfo, $"/api/outcomes/{id}/reject", new { reason = "too late" });
        rejectProblem.Dispose();
        Assert.Equal(HttpStatusCode.Conflict, reject);
        var audit = await AuditAsync(ledger, $"outcome:{id}");
        AssertAudited(audit, "outcome.validate", "cfo");
        Assert.DoesNotContain(audit, e => e.GetProperty("action").GetString() == "outcome.reject");
    }

    [Fact]
    public async Task RejectOutcome_WithoutReasonThenWithOne_Is422ThenRejectedAndAudited()
    {
        var id = await RecordClaimAsync(ledger);
        using var cfo = ledger.TokenClient("cfo");
        var (refused, problem) = await PostAsync(cfo, $"/api/outcomes/{id}/reject", new { reason = " " });
        problem.Dispose();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused);
        var (status, body) = await PostAsync(cfo, $"/api/outcomes/{id}/reject", new { reason = "no evidence of the <b>uplift</b>" });
        using (body)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("rejected", body.RootElement.GetProperty("status").GetString());
        }

        var entry = (await AuditAsync(ledger, $"outcome:{id}")).First(e => e.GetProperty("action").GetString() == "outcome.reject");
        Assert.Equal("cfo", entry.GetProperty("actor").GetString());
        Assert.Equal("no evidence of the <b>uplift</b>", entry.GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("auditor", "validate")]
    [InlineData("auditor", "reject")]
    [InlineData("head-of-support", "validate")]
    [InlineData("admin", "validate")]
    public async Task ReviewOutcome_WithoutFinanceRole_Is403AndNothingChanges(string actor, string action)
    {
        var id = await RecordClaimAsync(ledger);
        using var client = ledger.TokenClient(actor);
        var (status, problem) = await PostAsync(client, $"/api/outcomes/{id}/{action}", new { reason = "x" });
        problem.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.DoesNotContain(await AuditAsync(ledger, $"outcome:{id}"), e => e.GetProperty("action").GetString() != "outcome.record");
    }

    [Fact]
    public async Task ValidateOutcome_UnknownId_Is404()
    {
        using var cfo = ledger.TokenClient("cfo");
        var (status, problem) = await PostAsync(cfo, "/api/outcomes/999999/validate", new { });
        problem.Dispose();
        Assert.Equal(HttpStatusCode.NotFound, status);
    }

    [Fact]
    public async Task RecordOutcome_AsViewer_Is403()
    {
        using var auditor = ledger.TokenClient("auditor");
        var (status, problem) = await PostAsync(auditor, "/api/outcomes", new { initiative = "support-copilot", periodStart = "2026-10-01", periodEnd = "2026-11-01", successful = 1, failed = 0 });
        problem.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task RecordOutcome_PeriodEndBeforeStart_Is422WithTheRule()
    {
        using var admin = ledger.TokenClient("admin");
        var (status, problem) = await PostAsync(admin, "/api/outcomes", new { initiative = "support-copilot", periodStart = "2026-10-01", periodEnd = "2026-09-01", successful = 1, failed = 0 });
        using (problem)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
            Assert.Contains("half-open", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task AgreeMethod_AsFinance_Returns201AndAudited_AsAdmin403()
    {
        using var cfo = ledger.TokenClient("cfo");
        var body = new { initiative = "code-review-bot", method = "baseline-comparison", metricDefinition = "a merged pull request reviewed by the bot", valuePerOutcome = "2.50", currency = "usd" };
        var (status, json) = await PostAsync(cfo, "/api/methods", body);
        using (json)
        {
            Assert.Equal(HttpStatusCode.Created, status);
            Assert.Equal("2.5", json.RootElement.GetProperty("valuePerOutcome").GetString());
            Assert.Equal("USD", json.RootElement.GetProperty("currency").GetString());
        }

        AssertAudited(await AuditAsync(ledger, "initiative:code-review-bot"), "attribution.agree", "cfo");
        using var admin = ledger.TokenClient("admin");
        var (refused, problem) = await PostAsync(admin, "/api/methods", body);
        problem.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, refused);
    }
}
