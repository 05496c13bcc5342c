namespace ValueLedger.Core.Value;

/// <summary>
/// The storage port of initiative life-cycle records: J-curve declarations and sign-offs, readiness
/// controls and stage transitions. Append-only; every write appends its audit entry in the same
/// transaction. Gate and role checks are the Core services'.
/// </summary>
public interface IInitiativeStore
{
    /// <summary>Stores a new version (the next number for the initiative; <see cref="JCurveDeclaration.Version"/> and the signature fields are ignored) and returns it.</summary>
    Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, CancellationToken cancellationToken);

    /// <summary>Signs a version; throws <see cref="ValueRuleException"/> when it does not exist or is already signed.</summary>
    Task SignJCurveAsync(string initiative, int version, string actor, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Every version with its sign-off; of one initiative when given; by initiative then version.</summary>
    Task<IReadOnlyList<JCurveDeclaration>> QueryJCurvesAsync(string? initiative, CancellationToken cancellationToken);

    Task SetReadinessAsync(ReadinessEntry entry, CancellationToken cancellationToken);

    /// <summary>Readiness history, oldest first; of one initiative when given.</summary>
    Task<IReadOnlyList<ReadinessEntry>> QueryReadinessAsync(string? initiative, CancellationToken cancellationToken);

    Task RecordTransitionAsync(StageTransition transition, CancellationToken cancellationToken);

    /// <summary>Transitions, oldest first; of one initiative when given.</summary>
    Task<IReadOnlyList<StageTransition>> QueryTransitionsAsync(string? initiative, CancellationToken cancellationToken);
}
