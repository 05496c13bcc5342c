using System.Net;
using System.Text.Json;
using static ValueLedger.Web.Tests.WriteApiTestHelpers;

namespace ValueLedger.Web.Tests.People;

/// <summary>The registers API: the resistance map for every reader, edits by admin and finance only, validation naming the field, audit.</summary>
public sealed class RegisterApiTests(WriteLedgerFixture ledger) : IClassFixture<WriteLedgerFixture>
{
    private static readonly object Valid = new { stakeholderGroup = "Engineering", resistance = "Fears surveillance.", counter = "Measure systems, not people.", owner = "CTO office", status = "in-progress" };

    [Theory]
    [InlineData("admin")]
    [InlineData("head-of-support")]
    [InlineData("auditor")]
    public async Task ListResistances_AnyReader_ShowsTheFiveBuiltInSeeds(string actor)
    {
        using var client = ledger.TokenClient(actor);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/registers/resistances", UriKind.Relative)));
        var ids = json.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        foreach (var seed in new[] { "engineering-surveillance", "finance-soft-benefits", "coe-bottleneck", "bu-disown-spend", "workforce-displacement" })
        {
            Assert.Contains(seed, ids);
        }
    }

    [Fact]
    public async Task PutResistance_AsFinance_SavedReadBackAndAudited()
    {
        using var cfo = ledger.TokenClient("cfo");
        var body = new { stakeholderGroup = "Legal", resistance = "Worries about <script> in prompts & outputs.", counter = "Review the policy with legal.", owner = "General counsel", status = "addressed" };
        var (status, put) = await SendAsync(cfo, HttpMethod.Put, "/api/registers/resistances/legal-review", body);
        using (put)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("addressed", put.RootElement.GetProperty("status").GetString());
            Assert.False(put.RootElement.GetProperty("builtIn").GetBoolean());
            Assert.False(put.RootElement.TryGetProperty("updatedBy", out _));
        }

        using var auditorClient = ledger.TokenClient("auditor");
        using var json = JsonDocument.Parse(await auditorClient.GetStringAsync(new Uri("/api/registers/resistances/legal-review", UriKind.Relative)));
        Assert.Equal("Worries about <script> in prompts & outputs.", json.RootElement.GetProperty("resistance").GetString());
        Assert.Equal("General counsel", json.RootElement.GetProperty("owner").GetString());
        AssertAudited(await AuditAsync(ledger, "resistance:legal-review"), "register.resistance", "cfo");
    }

    [Fact]
    public async Task PutResistance_SameContentTwice_SecondWritesNoAuditEntry()
    {
        using var admin = ledger.TokenClient("admin");
        var body = new { stakeholderGroup = "Procurement", resistance = "Slow vendor reviews.", counter = "A standard AI vendor checklist.", owner = (string?)null, status = "open" };
        var (first, a) = await SendAsync(admin, HttpMethod.Put, "/api/registers/resistances/procurement-slow", body);
        a.Dispose();
        var (second, b) = await SendAsync(admin, HttpMethod.Put, "/api/registers/resistances/procurement-slow", body);
        b.Dispose();
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.OK, second);
        Assert.Single(await AuditAsync(ledger, "resistance:procurement-slow"));
    }

    [Fact]
    public async Task PutResistance_EditingASeed_ReplacesItAndIsNoLongerBuiltIn()
    {
        using var admin = ledger.TokenClient("admin");
        var (status, body) = await SendAsync(admin, HttpMethod.Put, "/api/registers/resistances/coe-bottleneck", Valid);
        body.Dispose();
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/registers/resistances", UriKind.Relative)));
        var entries = json.RootElement.GetProperty("entries").EnumerateArray().Where(e => e.GetProperty("id").GetString() == "coe-bottleneck").ToList();
        var entry = Assert.Single(entries);
        Assert.Equal("in-progress", entry.GetProperty("status").GetString());
        Assert.False(entry.GetProperty("builtIn").GetBoolean());
    }

    [Theory]
    [InlineData("head-of-support")]
    [InlineData("auditor")]
    public async Task PutResistance_NotAdminOrFinance_Forbidden(string actor)
    {
        using var client = ledger.TokenClient(actor);
        var (status, body) = await SendAsync(client, HttpMethod.Put, "/api/registers/resistances/engineering-surveillance", Valid);
        body.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData("status", "done")]
    [InlineData("counter", "")]
    [InlineData("stakeholderGroup", "   ")]
    public async Task PutResistance_BadField_400NamingIt(string field, string value)
    {
        using var admin = ledger.TokenClient("admin");
        var body = new Dictionary<string, string?> { ["stakeholderGroup"] = "G", ["resistance"] = "R", ["counter"] = "C", ["status"] = "open" };
        body[field] = value;
        var (status, problem) = await SendAsync(admin, HttpMethod.Put, "/api/registers/resistances/bad-field", body);
        using (problem)
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(field, problem.RootElement.GetProperty("parameter").GetString());
        }
    }

    [Fact]
    public async Task PutResistance_BadId_400NamingId()
    {
        using var admin = ledger.TokenClient("admin");
        var (status, problem) = await SendAsync(admin, HttpMethod.Put, "/api/registers/resistances/Not%20A%20Slug", Valid);
        using (problem)
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("id", problem.RootElement.GetProperty("parameter").GetString());
        }
    }

    [Fact]
    public async Task GetResistance_Unknown_404()
    {
        using var admin = ledger.TokenClient("admin");
        using var response = await admin.GetAsync(new Uri("/api/registers/resistances/no-such-entry", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("kind", "promoted")]
    [InlineData("businessUnit", "no-such-unit")]
    [InlineData("reskillingProgressPercent", "101")]
    [InlineData("peopleAffected", "-1")]
    public async Task PutRole_BadField_400NamingIt(string field, string value)
    {
        using var admin = ledger.TokenClient("admin");
        var body = new Dictionary<string, object?>
        {
            ["role"] = "Support agent", ["businessUnit"] = "customer-support", ["kind"] = "augmented", ["peopleAffected"] = 12, ["reskillingProgressPercent"] = 40,
        };
        body[field] = int.TryParse(value, out var n) ? n : value;
        var (status, problem) = await SendAsync(admin, HttpMethod.Put, "/api/registers/roles/support-agent", body);
        using (problem)
        {
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal(field, problem.RootElement.GetProperty("parameter").GetString());
        }
    }

    [Theory]
    [InlineData("support-agent", HttpStatusCode.OK)]
    [InlineData("code-reviewer", HttpStatusCode.NotFound)]
    [InlineData("no-such-role", HttpStatusCode.NotFound)]
    public async Task GetRole_BuOwner_OwnUnitOnlyOthersLikeUnknown(string id, HttpStatusCode expected)
    {
        using var client = ledger.TokenClient("head-of-support");
        using var response = await client.GetAsync(new Uri("/api/registers/roles/" + id, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        Assert.DoesNotContain("Code reviewer", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListRoles_BuOwner_OwnRowsAndLineNoAllUnitTotals()
    {
        using var client = ledger.TokenClient("head-of-support");
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/registers/roles", UriKind.Relative)));
        Assert.All(json.RootElement.GetProperty("roles").EnumerateArray(), r => Assert.Equal("customer-support", r.GetProperty("businessUnit").GetString()));
        Assert.Equal(["customer-support"], json.RootElement.GetProperty("byUnit").EnumerateArray().Select(u => u.GetProperty("businessUnit").GetString()));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("total").ValueKind);
    }

    [Fact]
    public async Task PutRole_AsFinance_SavedWithSuppressedCountAndAudited()
    {
        using var cfo = ledger.TokenClient("cfo");
        var body = new { role = "Legal researcher", businessUnit = "legal", kind = "changed", peopleAffected = 3, reskillingPlan = "Prompting for case law", reskillingProgressPercent = 15 };
        var (status, put) = await SendAsync(cfo, HttpMethod.Put, "/api/registers/roles/legal-researcher", body);
        using (put)
        {
            Assert.Equal(HttpStatusCode.OK, status);
            // 3 people is under k = 5: the answer says below-threshold and carries no number.
            Assert.Equal("below-threshold", put.RootElement.GetProperty("peopleAffected").GetProperty("state").GetString());
            Assert.False(put.RootElement.GetProperty("peopleAffected").TryGetProperty("count", out _));
            Assert.Equal(15, put.RootElement.GetProperty("reskillingProgressPercent").GetInt32());
        }

        AssertAudited(await AuditAsync(ledger, "role:legal-researcher"), "register.role", "cfo");
    }

    [Fact]
    public async Task PutRole_AsBuOwner_Forbidden()
    {
        using var client = ledger.TokenClient("head-of-support");
        var body = new { role = "Support agent", businessUnit = "customer-support", kind = "augmented", peopleAffected = 12, reskillingProgressPercent = 40 };
        var (status, problem) = await SendAsync(client, HttpMethod.Put, "/api/registers/roles/support-agent", body);
        problem.Dispose();
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }
}
