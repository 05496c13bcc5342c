namespace ValueLedger.Cli.Tests.Lifecycle;

/// <summary>
/// An empty ledger and an organisation with the support unit's <c>support-copilot</c> (experiment,
/// sponsor vp-support) and <c>triage-bot</c> (pilot); access grants root (admin), cfo (finance) and
/// head-support (bu-owner of support). The clock stands at <see cref="Now"/>.
/// </summary>
internal sealed class LifecycleLedger : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);

    private const string Yaml = """
        version: 1
        business_units:
          - { id: support, name: Support, owner: head-support }
          - { id: sales, name: Sales, owner: head-sales }
        initiatives:
          - { id: support-copilot, name: "Support <copilot> & co", owner_bu: support, sponsor: vp-support, stage: experiment }
          - { id: triage-bot, name: Triage bot, owner_bu: support, sponsor: vp-support, stage: pilot }
        """;

    private const string AccessYaml = """

        access:
          - { actor: root, roles: [admin] }
          - { actor: cfo, roles: [finance], business_units: [] }
          - { actor: head-support, roles: [bu-owner], business_units: [support] }
        """;

    private readonly TempFolder temp = new();

    /// <summary>Writes the organisation; with <paramref name="access"/> it has the <c>access:</c> section (parsed from the outcomes branch on).</summary>
    public LifecycleLedger(bool access = false)
    {
        Organisation = temp.File("organisation.yaml");
        File.WriteAllText(Organisation, access ? Yaml + AccessYaml : Yaml);
    }

    public string Organisation { get; }

    public string Db => temp.Db;

    /// <summary>Runs valueledger with <c>--org</c> and <c>--db</c> of this ledger and the clock at <see cref="Now"/>.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--org", Organisation, "--db", Db], stdout, stderr, new StoppedClock(Now), interactive: false, CancellationToken.None);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Declares the worked example (C 100, T 2, D 50, M 4, V 100, w 0.1 from 2026-01; break-even month 4).</summary>
    public Task<CliResult> DeclareAsync(string actor = "vp-support", string depth = "50") =>
        RunAsync("jcurve", "declare", "support-copilot", "--start", "2026-01", "--monthly-cost", "100", "--trough-month", "2", "--trough-depth", depth,
            "--maturity-month", "4", "--target-net", "100", "--tolerance", "0.1", "--currency", "usd", "--actor", actor);

    public void Dispose() => temp.Dispose();

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
