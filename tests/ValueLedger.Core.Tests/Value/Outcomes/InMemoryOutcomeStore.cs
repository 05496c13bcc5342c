using ValueLedger.Core.Value;

namespace ValueLedger.Core.Tests.Value.Outcomes;

/// <summary>An in-memory IOutcomeStore and transitions source for the service tests (no audit log).</summary>
internal sealed class InMemoryOutcomeStore : IOutcomeStore, IInitiativeStore
{
    public List<AttributionAgreement> Agreements { get; } = [];

    public List<OutcomeRecord> Records { get; } = [];

    public List<StageTransition> Transitions { get; } = [];

    public HashSet<string> ImportedFiles { get; } = [];

    public Task AgreeAttributionAsync(AttributionAgreement agreement, string actor, CancellationToken cancellationToken)
    {
        Agreements.Add(agreement);
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
        }

        return Task.FromResult<IReadOnlyList<long>>(ids);
    }

    public Task<IReadOnlyList<long>> ImportOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string fileName, string sha256, string actor, DateTimeOffset at, CancellationToken cancellationToken) =>
        ImportedFiles.Add(sha256)
            ? RecordOutcomesAsync(claims, actor, at, cancellationToken)
            : throw new ValueRuleException($"{fileName} was imported before");

    public Task ReviewOutcomeAsync(long id, OutcomeStatus decision, string actor, string? reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var index = Records.FindIndex(r => r.Id == id);
        if (index < 0 || Records[index].Status != OutcomeStatus.Claimed)
        {
            throw new ValueRuleException("store: not reviewable");
        }

        Records[index] = Records[index] with { Status = decision, ReviewedBy = actor, ReviewedAt = at, ReviewReason = reason };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<OutcomeRecord>> QueryOutcomesAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<OutcomeRecord>>([.. Records.Where(r => initiative is null || r.Claim.Initiative == initiative)]);

    public Task<IReadOnlyList<StageTransition>> QueryTransitionsAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StageTransition>>([.. Transitions.Where(t => initiative is null || t.Initiative == initiative)]);

    public Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SignJCurveAsync(string initiative, int version, string actor, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<JCurveDeclaration>> QueryJCurvesAsync(string? initiative, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task SetReadinessAsync(ReadinessEntry entry, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<ReadinessEntry>> QueryReadinessAsync(string? initiative, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task RecordTransitionAsync(StageTransition transition, CancellationToken cancellationToken) => throw new NotSupportedException();
}
