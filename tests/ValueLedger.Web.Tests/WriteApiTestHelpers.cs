using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ValueLedger.Web.Tests;

/// <summary>JSON requests and audit look-ups the write API tests share.</summary>
internal static class WriteApiTestHelpers
{
    public static async Task<(HttpStatusCode Status, JsonDocument Body)> SendAsync(HttpClient client, HttpMethod method, string url, object? body, string? csrf = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(url, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        if (csrf is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", csrf);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, JsonDocument.Parse(string.IsNullOrEmpty(text) ? "{}" : text));
    }

    public static Task<(HttpStatusCode Status, JsonDocument Body)> PostAsync(HttpClient client, string url, object? body, string? csrf = null) =>
        SendAsync(client, HttpMethod.Post, url, body, csrf);

    /// <summary>Records a claim as admin (admin manages every initiative) and returns its id.</summary>
    public static async Task<long> RecordClaimAsync(WriteLedgerFixture ledger, string initiative = "support-copilot", long successful = 4)
    {
        using var admin = ledger.TokenClient("admin");
        var (status, body) = await PostAsync(admin, "/api/outcomes", new { initiative, periodStart = "2026-10-01", periodEnd = "2026-11-01", successful, failed = 1, evidence = "https://example.com/e" });
        using (body)
        {
            Assert.True(status == HttpStatusCode.Created, body.RootElement.ToString());
            return body.RootElement.GetProperty("id").GetInt64();
        }
    }

    /// <summary>The audit entries of <paramref name="subject"/>, newest first, read as admin through <c>GET /api/audit</c>.</summary>
    public static async Task<List<JsonElement>> AuditAsync(WriteLedgerFixture ledger, string subject)
    {
        using var admin = ledger.TokenClient("admin");
        using var json = JsonDocument.Parse(await admin.GetStringAsync(new Uri("/api/audit?subject=" + Uri.EscapeDataString(subject), UriKind.Relative)));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone())];
    }

    public static void AssertAudited(List<JsonElement> entries, string action, string actor) =>
        Assert.Contains(entries, e => e.GetProperty("action").GetString() == action && e.GetProperty("actor").GetString() == actor);
}
