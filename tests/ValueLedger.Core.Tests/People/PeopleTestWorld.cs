using ValueLedger.Core.Organisation;
using ValueLedger.Core.People;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Showback;
using ValueLedger.Core.Tests.Value.Lifecycle;
using ValueLedger.Core.Tests.Value.Outcomes;
using ValueLedger.Core.Value;
using ValueLedger.Tests.Shared;

namespace ValueLedger.Core.Tests.People;

/// <summary>The ports a <see cref="PeopleReports"/> needs, in memory, with helpers that make hashed-looking people.</summary>
internal sealed class PeopleTestWorld
{
    public InMemoryPeopleStore People { get; } = new();

    public InMemoryOutcomeStore Outcomes { get; } = new();

    public FakeInitiativeStore Initiatives { get; } = new();

    public FakeFigures Figures { get; } = new();

    public FakeShowback Showback { get; } = new();

    public Core.Organisation.Organisation Organisation { get; set; } = Core.Organisation.Organisation.Empty;

    public PeopleReports Reports => new(Organisation, People, Showback, Figures, Outcomes, Initiatives);

    /// <summary>People p-{prefix}-1 … p-{prefix}-{count} (stand-ins for HMAC hashes).</summary>
    public static List<string> Persons(string prefix, int count) => [.. Enumerable.Range(1, count).Select(i => $"p-{prefix}-{i}")];

    public static BusinessUnit Unit(string id) => new(id, id.ToUpperInvariant(), null, BillingMode.Showback, SourceLocation.None);

    public static Team Team(string id, string bu, params string[] initiatives) => new(id, id.ToUpperInvariant(), bu, [$"{id}-slug"], initiatives, SourceLocation.None);

    public static Initiative Owned(string id, string bu, InitiativeStage stage = InitiativeStage.Production) => new(id, id, bu, null, stage, SourceLocation.None);

    public Task ImportAsync(PeopleFacts facts) =>
        People.ImportPeopleAsync(new PeopleImport($"f{Guid.NewGuid():N}", "test", Guid.NewGuid().ToString("N"), "tester", DateTimeOffset.UnixEpoch), facts, CancellationToken.None);

    public void Validate(string initiative, DateOnly start, DateOnly end)
    {
        var id = Outcomes.Records.Count + 1L;
        Outcomes.Records.Add(new OutcomeRecord(
            id, new OutcomeClaim(initiative, start, end, 10, 0, 1000m, "EUR", null, null), "owner", DateTimeOffset.UnixEpoch,
            OutcomeStatus.Validated, "finance", DateTimeOffset.UnixEpoch, null));
    }

    internal sealed class FakeFigures : IValueFiguresStore
    {
        public List<InitiativeMonth> Rows { get; } = [];

        public Task<IReadOnlyList<InitiativeMonth>> QueryInitiativeMonthsAsync(DateTime from, DateTime to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<InitiativeMonth>>([.. Rows.Where(r => r.Month >= from && r.Month < to)]);
    }

    internal sealed class FakeShowback : IShowbackStore
    {
        public List<BuAcknowledgement> Acknowledgements { get; } = [];

        public Task<IReadOnlyList<ShowbackRow>> QueryShowbackAsync(DateTime from, DateTime to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<ShowbackRow>>([]);

        public Task<IReadOnlyList<NotAllocatedLines>> QueryNotAllocatedAsync(DateTime from, DateTime to, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<NotAllocatedLines>>([]);

        public Task<DateTime?> QueryLatestAllocatedMonthAsync(CancellationToken cancellationToken) => Task.FromResult<DateTime?>(null);

        public Task RecordAcknowledgementAsync(BuAcknowledgement acknowledgement, CancellationToken cancellationToken)
        {
            Acknowledgements.Add(acknowledgement);
            return Task.CompletedTask;
        }

        public Task<IReadOnlyList<BuAcknowledgement>> QueryAcknowledgementsAsync(CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<BuAcknowledgement>>([.. Acknowledgements]);
    }
}
