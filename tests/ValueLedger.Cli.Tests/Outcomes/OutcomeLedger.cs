using DuckDB.NET.Data;

namespace ValueLedger.Cli.Tests.Outcomes;

/// <summary>
/// An empty ledger and an organisation for the outcomes commands: business unit ops with initiatives
/// support-copilot and legacy-bot; cfo holds finance, head-of-ops is bu-owner of ops, auditor is a viewer.
/// The clock is settable (<see cref="Now"/>), starting 2026-01-15T09:00:00Z.
/// </summary>
internal sealed class OutcomeLedger : IDisposable
{
    private const string OrganisationYaml = """
        version: 1
        business_units:
          - { id: ops, name: Operations, owner: head-of-ops }
        initiatives:
          - { id: support-copilot, name: Support copilot, owner_bu: ops, sponsor: coo, stage: pilot }
          - { id: legacy-bot, name: Legacy bot, owner_bu: ops, stage: production }
        access:
          - { actor: cfo, roles: [finance] }
          - { actor: head-of-ops, roles: [bu-owner], business_units: [ops] }
          - { actor: auditor, roles: [viewer] }
        """;

    private readonly TempFolder temp = new();

    public OutcomeLedger()
    {
        Organisation = temp.File("organisation.yaml");
        System.IO.File.WriteAllText(Organisation, OrganisationYaml);
    }

    public DateTimeOffset Now { get; set; } = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    public string Organisation { get; }

    public string Db => temp.Db;

    public string File(string name) => temp.File(name);

    /// <summary>Runs valueledger on this ledger and organisation (<c>--org</c> added when the command takes it) at <see cref="Now"/>.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string[] withOrg = args[0] is "method" or "outcome" && args[1] is not "list" ? [.. args, "--org", Organisation] : args;
        var exit = await CliApp.RunAsync([.. withOrg, "--db", Db], stdout, stderr, new Clock(Now), interactive: false, CancellationToken.None);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs and asserts exit 0.</summary>
    public async Task<CliResult> OkAsync(params string[] args)
    {
        var result = await RunAsync(args);
        Assert.True(result.ExitCode == 0, result.ToString());
        return result;
    }

    /// <summary>Agrees 12.50 USD per outcome for support-copilot as cfo at <see cref="Now"/>.</summary>
    public Task<CliResult> AgreeAsync() =>
        OkAsync("method", "agree", "support-copilot", "--method", "controlled-experiment", "--metric", "ticket resolved without a human", "--value-per-outcome", "12.50", "--currency", "USD", "--actor", "cfo");

    /// <summary>Runs SQL on the ledger file directly (as a test of what the store refuses or reads whatever the caller).</summary>
    public async Task ExecuteSqlAsync(string sql)
    {
        await using var connection = new DuckDBConnection($"DataSource={Db}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public void Dispose() => temp.Dispose();

    private sealed class Clock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
