using ValueLedger.Core.Value;

namespace ValueLedger.Core.Tests.Value.Lifecycle;

/// <summary>An in-memory <see cref="IInitiativeStore"/> and agreements-only <see cref="IOutcomeStore"/> for service tests.</summary>
internal sealed class FakeInitiativeStore : IInitiativeStore, IOutcomeStore
{
    public List<JCurveDeclaration> JCurves { get; } = [];

    public List<ReadinessEntry> Readiness { get; } = [];

    public List<StageTransition> Transitions { get; } = [];

    public List<AttributionAgreement> Agreements { get; } = [];

    public Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, CancellationToken cancellationToken)
    {
        var version = JCurves.Count(j => j.Initiative == declaration.Initiative) + 1;
        JCurves.Add(declaration with { Version = version });
        return Task.FromResult(version);
    }

    public Task SignJCurveAsync(string initiative, int version, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var index = JCurves.FindIndex(j => j.Initiative == initiative && j.Version == version);
        JCurves[index] = JCurves[index] with { SignedBy = actor, SignedAt = at };
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<JCurveDeclaration>> QueryJCurvesAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JCurveDeclaration>>([.. JCurves.Where(j => initiative is null || j.Initiative == initiative)]);

    public Task SetReadinessAsync(ReadinessEntry entry, CancellationToken cancellationToken)
    {
        Readiness.Add(entry);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ReadinessEntry>> QueryReadinessAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ReadinessEntry>>([.. Readiness.Where(r => initiative is null || r.Initiative == initiative)]);

    public Task RecordTransitionAsync(StageTransition transition, CancellationToken cancellationToken)
    {
        Transitions.Add(transition);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<StageTransition>> QueryTransitionsAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StageTransition>>([.. Transitions.Where(t => initiative is null || t.Initiative == initiative)]);

    public Task AgreeAttributionAsync(AttributionAgreement agreement, string actor, CancellationToken cancellationToken)
    {
        Agreements.Add(agreement);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<AttributionAgreement>> QueryAgreementsAsync(string? initiative, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AttributionAgreement>>([.. Agreements.Where(a => initiative is null || a.Initiative == initiative)]);

    public Task<IReadOnlyList<long>> RecordOutcomesAsync(IReadOnlyList<OutcomeClaim> claims, string actor, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task ReviewOutcomeAsync(long id, OutcomeStatus decision, string actor, string? reason, DateTimeOffset at, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<IReadOnlyList<OutcomeRecord>> QueryOutcomesAsync(string? initiative, CancellationToken cancellationToken) => throw new NotSupportedException();
}
