using System.Text;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Importers.People;
using ValueLedger.Importers.Privacy;
using ValueLedger.Tests.Shared;

namespace ValueLedger.Importers.Tests.People;

/// <summary>A temp folder, an in-memory people store and a small organisation (teams with GitHub and HR aliases) for the people importer tests.</summary>
internal sealed class PeopleImportHarness : IDisposable
{
    public static readonly HmacIdentifierHasher Hasher = new(Encoding.UTF8.GetBytes("people-import-tests-secret-32-bytes!"));

    private static readonly SourceLocation At = new("org.yaml", 1, 1);

    public PeopleImportHarness()
    {
        Folder = Directory.CreateTempSubdirectory("vl-people-").FullName;
    }

    public string Folder { get; }

    public InMemoryPeopleStore Store { get; } = new();

    public static Core.Organisation.Organisation Organisation { get; } = new Core.Organisation.Organisation(
        [new BusinessUnit("customer-support", "Customer Support", null, BillingMode.Showback, At), new BusinessUnit("engineering", "Engineering", null, BillingMode.Showback, At)],
        [new Initiative("support-copilot", "Support copilot", "customer-support", null, InitiativeStage.Production, At),
         new Initiative("invoice-extraction", "Invoice extraction", "customer-support", null, InitiativeStage.Production, At),
         new Initiative("code-review-bot", "Code review bot", "engineering", null, InitiativeStage.Production, At)],
        [], [], [])
    {
        Teams =
        [
            new Team("support-emea", "Support EMEA", "customer-support", ["gh-support-emea", "HR-CS-EMEA"], ["support-copilot"], At),
            new Team("eng-web", "Web engineering", "engineering", ["gh-eng-web"], ["code-review-bot"], At),
            new Team("eng-mobile", "Mobile engineering", "engineering", ["gh-eng-mobile"], [], At),
            new Team("finance-ap", "Accounts payable", "customer-support", [], [], At),
        ],
    };

    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "People", name);

    public static string Hash(string identifier) => Hasher.Hash(identifier)!;

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public Task<PeopleFileResult> ImportAsync(string path, string? format = null, bool lenient = false, int? scale = null, string? team = null) =>
        new PeopleImporter(Store, new PeopleImportOptions
        {
            Format = format,
            Lenient = lenient,
            RejectsDirectory = Folder,
            Scale = scale,
            Team = team,
            Organisation = Organisation,
            Hasher = Hasher,
            Actor = "tester",
            Time = new FixedTime(new DateTimeOffset(2026, 4, 15, 9, 0, 0, TimeSpan.Zero)),
        }).ImportFileAsync(path, null, null, CancellationToken.None);

    public Task<PeopleFacts> StoredAsync() => Store.LoadPeopleFactsAsync(new DateOnly(2000, 1, 1), new DateOnly(2100, 1, 1), CancellationToken.None);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
