namespace ValueLedger.Cli.Tests.Insight;

/// <summary>One demo ledger allocated with the shipped example organisation, shared by the read-only insight tests.</summary>
public sealed class AllocatedDemoLedger : IAsyncLifetime, IDisposable
{
    private readonly TempFolder temp = new();

    public string Db => temp.Db;

    public string File(string name) => temp.File(name);

    /// <summary>The output of <c>allocate --format json</c> right after allocating.</summary>
    public string AllocateJson { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        var demo = await CliRunner.RunAsync("demo", "--db", Db, "--rows", "3000");
        Assert.True(demo.ExitCode == 0, demo.ToString());
        var allocate = await CliRunner.RunAsync("allocate", "--db", Db, "--org", Example(), "--format", "json");
        Assert.True(allocate.ExitCode == 0, allocate.ToString());
        AllocateJson = allocate.Stdout;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => temp.Dispose();

    /// <summary>The shipped example, found from the test output folder up to the repository root.</summary>
    public static string Example()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir.FullName, "ValueLedger.slnx")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "examples", "organisation.yaml");
    }
}
