using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ValueLedger.Web.Tests;

/// <summary>The served OpenAPI document must equal the approved snapshot docs/openapi.json, so API changes are reviewed.</summary>
public sealed class OpenApiSnapshotTests(DemoLedgerFixture ledger) : IClassFixture<DemoLedgerFixture>
{
    private const string UpdateVariable = "VALUELEDGER_UPDATE_OPENAPI";

    [Fact]
    public async Task OpenApiDocument_Served_EqualsApprovedSnapshot()
    {
        var served = Normalise(await ledger.Client.GetStringAsync("/openapi/v1.json"));
        var approvedPath = Path.Combine(AppContext.BaseDirectory, "openapi.approved.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(SourceSnapshotPath(), served);
            return;
        }

        var approved = File.Exists(approvedPath) ? Normalise(await File.ReadAllTextAsync(approvedPath)) : "(no snapshot)";
        Assert.True(
            served == approved,
            $"the served OpenAPI document differs from docs/openapi.json. If the change is intended, run `{UpdateVariable}=1 dotnet test tests/ValueLedger.Web.Tests` "
            + "and review and commit docs/openapi.json.\n--- served\n" + served);
    }

    [Fact]
    public async Task OpenApiDocument_Served_ListsEveryEndpoint()
    {
        using var json = JsonDocument.Parse(await ledger.Client.GetStringAsync("/openapi/v1.json"));
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/api/health", "/api/spend", "/api/coverage", "/api/showback", "/api/scoreboard", "/api/initiatives", "/api/initiatives/{id}", "/api/outcomes", "/api/imports", "/api/imports/{id}/rejects", "/api/allocate", "/api/unallocated", "/api/explain/line/{lineId}", "/api/explain/bu/{id}" })
        {
            Assert.Contains(path, paths);
        }
    }

    /// <summary>Indented, LF line ends: the snapshot diffs well and does not depend on the platform.</summary>
    private static string Normalise(string json) =>
        JsonNode.Parse(json)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";

    private static string SourceSnapshotPath([CallerFilePath] string source = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "docs", "openapi.json"));
}
