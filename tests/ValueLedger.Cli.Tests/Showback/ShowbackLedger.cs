using ValueLedger.Core.Import;
using ValueLedger.Core.Ledger;
using ValueLedger.Core.Storage;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Cli.Tests.Showback;

/// <summary>
/// A small ledger for showback tests. September 2026: finance 64 USD. October 2026: finance 100 USD, a
/// finance credit of −20 USD and 40 EUR; legal 30 USD; 7 USD untagged (Unallocated). The organisation
/// declares finance in chargeback (owner cfo), legal in showback with a name that needs HTML escaping.
/// </summary>
internal sealed class ShowbackLedger : IDisposable
{
    public const string LegalName = "<script>alert(1)</script> & Co";

    public static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    private const string OrganisationYaml = """
        version: 1
        business_units:
          - { id: finance, name: Finance, owner: cfo, mode: chargeback }
          - id: legal
            name: "<script>alert(1)</script> & Co"
            owner: general-counsel
            mode: showback
        initiatives:
          - { id: invoice-extraction, name: Invoice extraction, owner_bu: finance, sponsor: cfo, stage: production }
        allocation_rules:
          - { id: finance, priority: 10, match: { tag: { team: finance } }, target: { bu: finance, initiative: invoice-extraction } }
          - { id: legal, priority: 10, match: { tag: { team: legal } }, target: { bu: legal } }
        """;

    private readonly TempFolder temp = new();

    private ShowbackLedger()
    {
        Organisation = temp.File("organisation.yaml");
        System.IO.File.WriteAllText(Organisation, OrganisationYaml);
    }

    public string Db => temp.Db;

    public string Organisation { get; }

    public string File(string name) => temp.File(name);

    /// <summary>The ledger with both months imported and allocated through <c>valueledger allocate</c>.</summary>
    public static async Task<ShowbackLedger> CreateAsync()
    {
        var ledger = new ShowbackLedger();
        await ledger.ImportAsync(
            Line(64m, "finance", "USD", 9),
            Line(100m, "finance", "USD", 10),
            Line(-20m, "finance", "USD", 10),
            Line(40m, "finance", "EUR", 10),
            Line(30m, "legal", "USD", 10),
            Line(7m, null, "USD", 10));
        var allocated = await ledger.RunAsync("allocate", "--org", ledger.Organisation, "--from", "2026-09", "--to", "2026-11");
        Assert.True(allocated.ExitCode == 0, allocated.ToString());
        return ledger;
    }

    /// <summary>The organisation without any ledger content.</summary>
    public static Task<ShowbackLedger> CreateEmptyAsync() => Task.FromResult(new ShowbackLedger());

    /// <summary>Runs valueledger on this ledger with the clock at <see cref="Now"/>.</summary>
    public async Task<CliResult> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync([.. args, "--db", Db], stdout, stderr, new FixedClock(Now), interactive: false, CancellationToken.None);
        return new CliResult(exit, stdout.ToString(), stderr.ToString());
    }

    public async Task ImportAsync(params SpendRecord[] lines)
    {
        await using var store = await DuckDbSpendStore.OpenAsync(Db, new DuckDbStoreOptions { MemoryLimit = "256MB", Threads = 2 }, CancellationToken.None);
        var name = $"bill-{Guid.NewGuid():N}.csv";
        var manifest = new ImportManifest(name, name, 1234, "focus-csv", ReplacementPolicy.SkipDuplicateKeys, Now);
        await using var session = await store.BeginImportAsync(manifest, CancellationToken.None);
        foreach (var line in lines)
        {
            session.Append(line);
        }

        await session.CommitAsync(new ImportStatistics(lines.Length, 0, null), CancellationToken.None);
    }

    /// <summary>An AI cost line of <paramref name="day"/> in month 9 or 10 of 2026, tagged <c>team</c> when given.</summary>
    public static SpendRecord Line(decimal cost, string? team, string currency, int month, int day = 5)
    {
        var start = new DateTime(2026, month, day, 0, 0, 0, DateTimeKind.Utc);
        return new SpendRecord
        {
            Kind = RecordKind.CostOfRecord,
            RecordKey = $"line-{Guid.NewGuid():N}",
            Provider = "openai",
            Model = "gpt-4o",
            ChargePeriodStart = start,
            ChargePeriodEnd = start.AddDays(1),
            Cost = cost,
            CostMeasure = CostMeasures.EffectiveCost,
            Currency = currency,
            Tags = team is null ? [] : [new Tag("team", team)],
            AiScope = true,
        };
    }

    public void Dispose() => temp.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
