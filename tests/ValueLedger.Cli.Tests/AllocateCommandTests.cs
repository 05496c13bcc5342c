using System.Globalization;
using System.Text.Json;

namespace ValueLedger.Cli.Tests;

public sealed class AllocateCommandTests : IDisposable
{
    private static readonly string[] Levels = ["pre-crawl", "crawl", "walk", "run"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The shipped example, found from the test output folder up to the repository root.</summary>
    private static string Example()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ValueLedger.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", "organisation.yaml");
    }

    [Fact]
    public async Task Allocate_DemoLedgerWithShippedExample_AllocatesAndReportsCoverageWithinZeroAndOne()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "3000")).ExitCode);

        var result = await CliRunner.RunAsync("allocate", "--db", _temp.Db, "--org", Example(), "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Stdout);
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.Contains(rows, r => decimal.Parse(r.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture) != 0m);
        // The untagged Bedrock deployment (from 2026-05) is unallocated: bu null in JSON, as documented.
        Assert.Contains(rows, r => r.GetProperty("bu").ValueKind == JsonValueKind.Null);
        Assert.DoesNotContain(rows, r => r.GetProperty("bu").ValueKind == JsonValueKind.String && r.GetProperty("bu").GetString() == "(unallocated)");
        var coverage = Assert.Single(json.RootElement.GetProperty("coverage").EnumerateArray());
        Assert.InRange(coverage.GetProperty("coverage").GetDecimal(), 0m, 1m);
        Assert.Contains(coverage.GetProperty("maturity").GetString(), Levels);
    }

    [Fact]
    public async Task Allocate_TwiceOnDemo_GivesTheSameTable()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "3000")).ExitCode);

        var first = await CliRunner.RunAsync("allocate", "--db", _temp.Db, "--org", Example(), "--format", "csv");
        var second = await CliRunner.RunAsync("allocate", "--db", _temp.Db, "--org", Example(), "--format", "csv");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(first.Stdout, second.Stdout);
        Assert.StartsWith("bu,initiative,currency,amount", first.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_EmptyLedger_SaysNothingToAllocate()
    {
        var result = await CliRunner.RunAsync("allocate", "--db", _temp.Db, "--org", Example());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("nothing to allocate", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allocate_TelemetrySplitWithNothingToSplitBy_FallsBackAndPrintsNotices()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("demo", "--db", _temp.Db, "--rows", "3000")).ExitCode);
        // No rule attributes telemetry to a unit, so the split has no basis anywhere and falls back.
        var org = _temp.File("org.yaml");
        await File.WriteAllTextAsync(org, """
            business_units: [ { id: a }, { id: b } ]
            allocation_rules:
              - id: pool
                match: any
                split: { method: telemetry, fallback: even, targets: [ { bu: a }, { bu: b } ] }
            """);

        var json = await CliRunner.RunAsync("allocate", "--db", _temp.Db, "--org", org, "--format", "json");
        var table = await CliRunner.RunAsync("allocate", "--db", _temp.Db, "--org", org);

        Assert.True(json.ExitCode == 0, json.ToString());
        using var document = JsonDocument.Parse(json.Stdout);
        var notices = document.RootElement.GetProperty("notices").EnumerateArray().ToList();
        Assert.NotEmpty(notices);
        Assert.All(notices, n => Assert.Equal(("pool", "no-telemetry", "even"), (n.GetProperty("ruleId").GetString(), n.GetProperty("reason").GetString(), n.GetProperty("fallback").GetString())));
        Assert.Equal(["a", "b"], document.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("bu").GetString()).Distinct());
        Assert.True(document.RootElement.GetProperty("lines").GetProperty("considered").GetInt64() > 0);
        Assert.Contains("had no telemetry; split evenly as declared", table.Stdout, StringComparison.Ordinal);
    }
}
