using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Tests;

/// <summary>An in-memory IOutcomeStore for the demo seeder's tests: keeps what the real store must enforce (a review happens once).</summary>
internal sealed class DemoValueFakeOutcomeStore : IOutcomeStore
{
    public List<AttributionAgreement> Agreements { get; } = [];

    public List<OutcomeRecord> Records { get; } = [];

    /// <summary>Every write in call order, with its story time: (what, at).</summary>
    public List<(string What, DateTimeOffset At)> Writes { get; } = [];

    public Task AgreeAttributionAsync(AttributionAgreement agreement, string actor, CancellationToken cancellationToken)
    {
        Agreements.Add(agreement);
        Writes.Add(($"agree {agreement.Initiative} by {actor}", agreement.AgreedAt));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AttributionAgreement>> QueryAgreementsAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AttributionAgreement>>([.. Agreements.Where(a => initiative is null || a.Initiative == initiative)]);

    public Task<IReadOnlyList<long>> RecordOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        foreach (var claim in claims)
        {
            var id = Records.Count + 1L;
            Records.Add(new OutcomeRecord(id, claim, actor, at, OutcomeStatus.Claimed, null, null, null));
            ids.Add(id);
            Writes.Add(($"record {claim.Initiative} {claim.PeriodStart:yyyy-MM}", at));
        }

        return Task.FromResult<IReadOnlyList<long>>(ids);
    }

    public Task ReviewOutcomeAsync(long id, OutcomeStatus decision, string actor, string? reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var index = Records.FindIndex(r => r.Id == id);
        if (index < 0 || Records[index].Status != OutcomeStatus.Claimed || decision == OutcomeStatus.Claimed)
        {
            throw new ValueRuleException($"outcome {id} cannot be reviewed");
        }

        Records[index] = Records[index] with { Status = decision, ReviewedBy = actor, ReviewedAt = at, ReviewReason = reason };
        Writes.Add(($"review {id}", at));
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutcomeRecord>> QueryOutcomesAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutcomeRecord>>([.. Records.Where(r => initiative is null || r.Claim.Initiative == initiative)]);
}
