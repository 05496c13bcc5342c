using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ValueLedger.Core.Import;
using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Seeds the demo's people story (<see cref="DemoPeopleStory"/>) through <see cref="IPeopleStore"/>: one import per
/// fact kind (format <c>demo</c>, SHA-256 of a description of what was generated, so the same demo imports the same
/// way), identities hashed with the installation's <see cref="IIdentifierHasher"/> (never stored raw), then the
/// role-redesign register and one edited resistance. Deterministic for a seed and row count; nothing dated on or
/// after the time provider's today is written. A ledger that already holds people imports is left as it is;
/// an organisation without teams gets only the registers' entries of its business units.
/// </summary>
internal static class DemoPeopleSeeder
{
    /// <summary>Seeds the story; returns what was written.</summary>
    public static async Task<DemoPeopleSummary> SeedAsync(
        IPeopleStore store, Organisation org, IIdentifierHasher hasher, TimeProvider time, long rows, int seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(org);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        if ((await store.ListPeopleImportsAsync(cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            return new DemoPeopleSummary(0, 0, 0, 0);
        }

        var now = time.GetUtcNow();
        var cutoff = DateOnly.FromDateTime(now.UtcDateTime);
        var people = DemoPeopleRoster.Build(org.Teams, rows, seed);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        string Hash(string identity)
        {
            if (!hashes.TryGetValue(identity, out var h))
            {
                h = hasher.Hash(identity) ?? throw new InvalidOperationException("the identifier hasher returned no hash");
                hashes[identity] = h;
            }

            return h;
        }

        var activity = new DemoPeopleActivity(people, Hash, cutoff, seed);
        var activeDays = activity.ActiveDays();
        var (responses, aggregates) = new DemoPeopleSurveys(people, [.. org.BusinessUnits.Select(b => b.Id)], Hash, cutoff, seed).Build();
        var operations = new DemoPeopleOperations(people, [.. org.Teams.Select(t => t.Id)], [.. org.Initiatives.Select(i => i.Id)], rows, cutoff);
        var (reviews, capacity) = operations.ReviewsAndCapacity();
        var batches = new (string Kind, PeopleFacts Facts)[]
        {
            ("memberships", new PeopleFacts { Memberships = activity.Memberships() }),
            ("seats", new PeopleFacts { Seats = activity.Seats() }),
            ("learning", new PeopleFacts { Learning = activity.Learning() }),
            ("copilot-active-days", new PeopleFacts { ActiveDays = activeDays }),
            ("copilot-legacy-metrics", new PeopleFacts { TeamActivity = activity.LegacyTeamMetrics(activeDays) }),
            ("workflows", new PeopleFacts { Workflows = operations.Workflows() }),
            ("survey-responses", new PeopleFacts { SurveyResponses = responses }),
            ("survey-aggregates", new PeopleFacts { SurveyAggregates = aggregates }),
            ("reviews", new PeopleFacts { Reviews = reviews }),
            ("capacity", new PeopleFacts { Capacity = capacity }),
        };

        int imports = 0, facts = 0;
        foreach (var (kind, batch) in batches.Where(b => b.Facts.Count > 0))
        {
            var description = string.Create(CultureInfo.InvariantCulture, $"valueledger demo people {kind} seed={seed} rows={rows} before={cutoff:yyyy-MM-dd}");
            var import = new PeopleImport($"demo-{kind}", "demo", Sha256(description), DemoPeopleStory.Actor, now);
            var result = await store.ImportPeopleAsync(import, batch, cancellationToken).ConfigureAwait(false);
            imports++;
            facts += result.Added;
        }

        var registers = await SeedRegistersAsync(store, org, rows, now, cancellationToken).ConfigureAwait(false);
        return new DemoPeopleSummary(imports, facts, people.Count, registers);
    }

    private static async Task<int> SeedRegistersAsync(IPeopleStore store, Organisation org, long rows, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var written = 0;
        foreach (var change in DemoPeopleStory.RoleChanges(rows).Where(c => c.UpdatedAt <= now && org.FindBusinessUnit(c.BusinessUnit) is not null))
        {
            await store.SaveRoleChangeAsync(change, cancellationToken).ConfigureAwait(false);
            written++;
        }

        if (DemoPeopleStory.EditedResistance is { } edited && edited.UpdatedAt <= now)
        {
            await store.SaveResistanceAsync(edited, cancellationToken).ConfigureAwait(false);
            written++;
        }

        return written;
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
