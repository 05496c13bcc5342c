using System.Text.Json;

namespace ValueLedger.Cli.Tests;

public sealed class CheckCommandTests : IDisposable
{
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
    public async Task Check_ShippedExample_PassesWithSummary()
    {
        var result = await CliRunner.RunAsync("check", Example());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("7 business units, 8 initiatives, 13 rules (1 scope, 12 allocation), 1 shared-cost policies: 0 errors, 0 warnings", result.Stdout.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_UnknownBu_PrintsFileLineColumnAndExitsOne()
    {
        var file = _temp.File("org.yaml");
        await File.WriteAllTextAsync(file, "business_units:\n  - id: sales\nallocation_rules:\n  - id: r\n    match: any\n    target: { bu: hr }\n");

        var result = await CliRunner.RunAsync("check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}:6:13: error: allocation rule 'r': unknown business unit 'hr'", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("1 business units, 0 initiatives, 1 rules (0 scope, 1 allocation), 0 shared-cost policies: 1 error, 0 warnings", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_WarningsOnly_ExitsZero()
    {
        var file = _temp.File("org.yaml");
        await File.WriteAllTextAsync(file, "business_units: [ { id: a } ]\nallocation_rules:\n  - { id: y, match: any, target: { bu: a } }\n  - { id: x, match: any, target: { bu: a } }\n");

        var result = await CliRunner.RunAsync("check", file);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains($"{file}:4:5: warning: allocation rules 'y' and 'x' have equal priority 100", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_JsonFormat_ListsProblemsWithPositions()
    {
        var file = _temp.File("org.yaml");
        await File.WriteAllTextAsync(file, "business_units:\n  - id: a\n    name: [x\n");

        var result = await CliRunner.RunAsync("check", file, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal(1, json.RootElement.GetProperty("errors").GetInt32());
        var problem = json.RootElement.GetProperty("problems")[0];
        Assert.Equal((3, "error"), (problem.GetProperty("line").GetInt32(), problem.GetProperty("severity").GetString()));
        Assert.StartsWith("invalid YAML", problem.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_MissingFile_ExitsOneWithMessage()
    {
        var result = await CliRunner.RunAsync("check", _temp.File("none.yaml"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("not found", result.Stderr, StringComparison.Ordinal);
    }
}
