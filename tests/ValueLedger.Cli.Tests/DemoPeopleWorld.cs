using ValueLedger.Cli.Demo;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Reports;
using ValueLedger.Importers.Organisation;
using ValueLedger.Importers.Privacy;
using ValueLedger.Tests.Shared;

namespace ValueLedger.Cli.Tests;

/// <summary>The demo's value and people stories seeded into in-memory stores, as the demo command seeds the ledger.</summary>
internal sealed class DemoPeopleWorld
{
    public static readonly DateTimeOffset AfterTheYear = new(2026, 11, 28, 0, 0, 0, TimeSpan.Zero);

    private DemoPeopleWorld(Organisation org, InMemoryPeopleStore people, DemoValueFakeOutcomeStore outcomes, DemoValueFakeInitiativeStore initiatives, DemoPeopleSummary summary)
    {
        Org = org;
        People = people;
        Outcomes = outcomes;
        Initiatives = initiatives;
        Summary = summary;
    }

    public Organisation Org { get; }

    public InMemoryPeopleStore People { get; }

    public DemoValueFakeOutcomeStore Outcomes { get; }

    public DemoValueFakeInitiativeStore Initiatives { get; }

    public DemoPeopleSummary Summary { get; }

    /// <summary>A fixed 32-byte key: hashes are stable across runs.</summary>
    public static HmacIdentifierHasher Hasher { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public static async Task<DemoPeopleWorld> SeedAsync(long rows = 200_000, int seed = 42, DateTimeOffset? now = null)
    {
        var org = LoadDemoOrganisation();
        var time = new DemoValueFixedTime(now ?? AfterTheYear);
        var outcomes = new DemoValueFakeOutcomeStore();
        var initiatives = new DemoValueFakeInitiativeStore();
        await DemoValueSeeder.SeedAsync(outcomes, initiatives, org, time, rows, CancellationToken.None);
        var people = new InMemoryPeopleStore();
        var summary = await DemoPeopleSeeder.SeedAsync(people, org, Hasher, time, rows, seed, CancellationToken.None);
        return new DemoPeopleWorld(org, people, outcomes, initiatives, summary);
    }

    /// <summary>Every stored fact (the demo year and a margin either side).</summary>
    public Task<PeopleFacts> AllFactsAsync() =>
        People.LoadPeopleFactsAsync(new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31), CancellationToken.None);

    /// <summary>The reports facade over the in-memory stores (the adoption ladder needs only people and outcomes).</summary>
    public PeopleReports Reports() => new(Org, People, null!, null!, Outcomes, Initiatives);

    public static Organisation LoadDemoOrganisation()
    {
        var directory = Directory.CreateTempSubdirectory("vl-demopeople-");
        try
        {
            return OrganisationLoader.Load(DemoOrganisationFile.Write(directory.FullName)).Organisation;
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
