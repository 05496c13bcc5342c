using System.Collections.Concurrent;
using ValueLedger.Core.People;

namespace ValueLedger.Tests.Shared;

/// <summary>
/// An in-memory <see cref="IPeopleStore"/> for tests that need no ledger file: same natural-key uniqueness and
/// same-file detection as the DuckDB store (review and capacity records replace by key), no transactions.
/// </summary>
public sealed class InMemoryPeopleStore : IPeopleStore
{
    private readonly object _gate = new();
    private readonly List<PeopleImportSummary> _imports = [];
    private readonly Dictionary<object, object> _facts = [];
    private readonly ConcurrentDictionary<string, ResistanceEntry> _resistances = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RoleChange> _roles = new(StringComparer.Ordinal);
    private string? _fingerprint;

    public Task<PeopleImportResult> ImportPeopleAsync(PeopleImport import, PeopleFacts facts, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var previous = _imports.FirstOrDefault(i => i.Sha256 == import.Sha256);
            if (previous is not null)
            {
                return Task.FromResult(new PeopleImportResult(previous.ImportId, 0, 0, AlreadyImported: true));
            }

            int added = 0, duplicates = 0;
            void Add(object key, object fact, bool replace = false)
            {
                if (_facts.TryAdd(key, fact))
                {
                    added++;
                }
                else if (replace)
                {
                    _facts[key] = fact;
                    added++;
                }
                else
                {
                    duplicates++;
                }
            }

            foreach (var m in facts.Memberships) Add(("m", m.Person, m.Team, m.From, m.Source), m);
            foreach (var s in facts.Seats) Add(("s", s.Person, s.Tool, s.From), s);
            foreach (var l in facts.Learning) Add(("l", l.Person, l.Kind, l.Course, l.CompletedOn), l);
            foreach (var a in facts.ActiveDays) Add(("a", a.Person, a.Day, a.Source), a);
            foreach (var t in facts.TeamActivity) Add(("t", t.Team, t.Day, t.Source), t);
            foreach (var w in facts.Workflows) Add(("w", w.Team, w.Workflow, w.AsOf), w);
            foreach (var r in facts.SurveyResponses) Add(("sr", r.OrgUnit, r.Measure, r.Day, r.Respondent), r);
            foreach (var g in facts.SurveyAggregates) Add(("sa", g.OrgUnit, g.Measure, g.PeriodStart, g.PeriodEnd), g);
            foreach (var r in facts.Reviews) Add(("rv", r.Initiative, r.PeriodStart, r.PeriodEnd), r, replace: true);
            foreach (var c in facts.Capacity) Add(("cp", c.Initiative, c.PeriodStart, c.PeriodEnd), c, replace: true);

            var id = _imports.Count + 1;
            _imports.Add(new PeopleImportSummary(id, import.FileName, import.Format, import.Sha256, import.Actor, import.At, added, duplicates));
            return Task.FromResult(new PeopleImportResult(id, added, duplicates, AlreadyImported: false));
        }
    }

    public Task<PeopleFacts> LoadPeopleFactsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var all = _facts.Values.ToList();
            bool Overlaps(DateOnly start, DateOnly? end) => start < to && (end is null || end > from);
            return Task.FromResult(new PeopleFacts
            {
                Memberships = [.. all.OfType<TeamMembership>().Where(m => Overlaps(m.From, m.To))],
                Seats = [.. all.OfType<SeatGrant>().Where(s => Overlaps(s.From, s.To))],
                Learning = [.. all.OfType<LearningRecord>().Where(l => l.CompletedOn < to)],
                ActiveDays = [.. all.OfType<ActiveDay>().Where(a => a.Day >= from && a.Day < to)],
                TeamActivity = [.. all.OfType<TeamDailyActivity>().Where(a => a.Day >= from && a.Day < to)],
                Workflows = [.. all.OfType<WorkflowRecord>().Where(w => w.AsOf < to)],
                SurveyResponses = [.. all.OfType<SurveyResponse>().Where(r => r.Day >= from && r.Day < to)],
                SurveyAggregates = [.. all.OfType<SurveyAggregate>().Where(g => Overlaps(g.PeriodStart, g.PeriodEnd))],
                Reviews = [.. all.OfType<ReviewRecord>().Where(r => Overlaps(r.PeriodStart, r.PeriodEnd))],
                Capacity = [.. all.OfType<CapacityRecord>().Where(c => Overlaps(c.PeriodStart, c.PeriodEnd))],
            });
        }
    }

    public Task<(DateOnly First, DateOnly Last)?> QueryPeopleSpanAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var days = _facts.Values.SelectMany(Days).ToList();
            return Task.FromResult<(DateOnly, DateOnly)?>(days.Count == 0 ? null : (days.Min(), days.Max()));
        }

        static IEnumerable<DateOnly> Days(object fact) => fact switch
        {
            TeamMembership m => [m.From],
            SeatGrant s => [s.From],
            LearningRecord l => [l.CompletedOn],
            ActiveDay a => [a.Day],
            TeamDailyActivity t => [t.Day],
            WorkflowRecord w => [w.AsOf],
            SurveyResponse r => [r.Day],
            SurveyAggregate g => [g.PeriodStart, g.PeriodEnd.AddDays(-1)],
            ReviewRecord r => [r.PeriodStart, r.PeriodEnd.AddDays(-1)],
            CapacityRecord c => [c.PeriodStart, c.PeriodEnd.AddDays(-1)],
            _ => [],
        };
    }

    public Task<IReadOnlyList<PeopleImportSummary>> ListPeopleImportsAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<PeopleImportSummary>>([.. _imports.AsEnumerable().Reverse()]);
        }
    }

    public Task<IReadOnlyList<ResistanceEntry>> ListResistancesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ResistanceEntry>>([.. _resistances.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]);

    public Task SaveResistanceAsync(ResistanceEntry entry, CancellationToken cancellationToken)
    {
        _resistances[entry.Id] = entry;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<RoleChange>> ListRoleChangesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<RoleChange>>([.. _roles.Values.OrderBy(e => e.Id, StringComparer.Ordinal)]);

    public Task SaveRoleChangeAsync(RoleChange change, CancellationToken cancellationToken)
    {
        _roles[change.Id] = change;
        return Task.CompletedTask;
    }

    public Task<bool> HoldsPersonHashesAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(_facts.Values.Any(f => f is TeamMembership or SeatGrant or LearningRecord or ActiveDay or SurveyResponse));
        }
    }

    public Task<string?> GetKeyFingerprintAsync(CancellationToken cancellationToken) => Task.FromResult(_fingerprint);

    public Task SetKeyFingerprintAsync(string fingerprint, CancellationToken cancellationToken)
    {
        if (_fingerprint is not null && _fingerprint != fingerprint)
        {
            throw new InvalidOperationException("the ledger's person hashes were made under another key");
        }

        _fingerprint = fingerprint;
        return Task.CompletedTask;
    }

    public Task<long> RekeyPersonHashesAsync(Func<string, string> rekey, string newFingerprint, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        throw new NotSupportedException("the in-memory store does not re-key");
}
