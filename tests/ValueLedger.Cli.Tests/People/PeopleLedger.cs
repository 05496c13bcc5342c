using ValueLedger.Core.People;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Cli.Tests.People;

/// <summary>
/// A ledger with people facts for March 2026, written straight through the DuckDB people store (hashes stand in as
/// <c>p-…</c>): team alpha (ops) has 11 members, 5 regular users and 6 with a seat only; team beta (sales) has 4
/// members with a seat (a small team); team gamma (ops) 5 with a seat (hidden as beta's complement). Access: root (admin), cfo (finance), head-ops (bu-owner).
/// </summary>
internal sealed class PeopleLedger : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 4, 10, 8, 0, 0, TimeSpan.Zero);

    private const string Yaml = """
        version: 1
        business_units:
          - { id: ops, name: Operations, owner: head-ops }
          - { id: sales, name: Sales, owner: head-sales }
        initiatives:
          - { id: triage, name: Triage, owner_bu: ops, stage: production }
        teams:
          - { id: alpha, name: Alpha <team>, business_unit: ops, aliases: [gh-alpha], initiatives: [triage] }
          - { id: beta, name: Beta, business_unit: sales }
          - { id: gamma, name: Gamma, business_unit: ops }
        access:
          - { actor: root, roles: [admin] }
          - { actor: cfo, roles: [finance], business_units: [] }
          - { actor: head-ops, roles: [bu-owner], business_units: [ops] }
        """;

    private readonly TempFolder temp = new();

    public PeopleLedger()
    {
        Organisation = temp.File("organisation.yaml");
        File.WriteAllText(Organisation, Yaml);
    }

    public string Organisation { get; }

    public string Db => temp.Db;

    public static IEnumerable<string> Persons(string prefix, int count) => Enumerable.Range(1, count).Select(i => $"p-{prefix}-{i}");

    public async Task SeedAsync()
    {
        var march = new DateOnly(2026, 3, 1);
        int[] days = [1, 2, 3, 8, 9, 10, 15, 16, 17];
        var regular = Persons("regular", 5).ToList();
        var seat = Persons("seat", 6).ToList();
        var gamma = Persons("gamma", 5).ToList();
        var small = Persons("small", 4).ToList();
        var facts = new PeopleFacts
        {
            Memberships = [.. regular.Concat(seat).Select(p => new TeamMembership(p, "alpha", new DateOnly(2026, 1, 1), null, "roster")),
                .. small.Select(p => new TeamMembership(p, "beta", new DateOnly(2026, 1, 1), null, "roster")),
                .. gamma.Select(p => new TeamMembership(p, "gamma", new DateOnly(2026, 1, 1), null, "roster"))],
            Seats = [.. regular.Concat(seat).Concat(small).Concat(gamma).Select(p => new SeatGrant(p, "copilot", new DateOnly(2026, 1, 1), null))],
            ActiveDays = [.. regular.SelectMany(p => days.Select(d => new ActiveDay(p, march.AddDays(d - 1), "copilot")))],
            Reviews = [new ReviewRecord("triage", march, march.AddMonths(1), 6, 1000, 200, 600m, 10, 30)],
        };
        var store = await DuckDbSpendStore.OpenAsync(Db, new DuckDbStoreOptions(), CancellationToken.None);
        await using (store)
        {
            await store.ImportPeopleAsync(new PeopleImport("seed.csv", "roster", "sha", "test", Now), facts, CancellationToken.None);
        }
    }

    /// <summary>Runs valueledger with <c>--org</c> and <c>--db</c> of this ledger and the clock at <see cref="Now"/>.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--org", Organisation, "--db", Db], stdout, stderr, new StoppedClock(Now), interactive: false, CancellationToken.None);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => temp.Dispose();

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
