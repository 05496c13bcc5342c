using ValueLedger.Core.Value;

namespace ValueLedger.Cli.Tests;

/// <summary>An in-memory IInitiativeStore for the demo seeder's tests: versions J-curves and refuses re-signing, like the real store.</summary>
internal sealed class DemoValueFakeInitiativeStore : IInitiativeStore
{
    public List<JCurveDeclaration> JCurves { get; } = [];

    public List<ReadinessEntry> Readiness { get; } = [];

    public List<StageTransition> Transitions { get; } = [];

    public Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, CancellationToken cancellationToken)
    {
        var version = JCurves.Count(j => j.Initiative == declaration.Initiative) + 1;
        JCurves.Add(declaration with { Version = version, SignedBy = null, SignedAt = null });
        return Task.FromResult(version);
    }

    public Task SignJCurveAsync(string initiative, int version, string actor, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var index = JCurves.FindIndex(j => j.Initiative == initiative && j.Version == version);
        if (index < 0 || JCurves[index].IsSigned)
        {
            throw new ValueRuleException($"J-curve {initiative}@{version} cannot be signed");
        }

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
}
