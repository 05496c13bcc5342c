using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.Value.Lifecycle;

/// <summary>
/// What the gates look at for one initiative: its declaration, current stage (the latest transition,
/// else organisation.yaml; <see cref="StageFromTransition"/> says which), its attribution agreements,
/// J-curve versions (by version) and the latest entry per readiness control.
/// </summary>
public sealed record InitiativeState(
    Initiative Initiative,
    InitiativeStage Stage,
    bool StageFromTransition,
    IReadOnlyList<AttributionAgreement> Agreements,
    IReadOnlyList<JCurveDeclaration> JCurves,
    IReadOnlyDictionary<ReadinessControl, ReadinessEntry> Readiness)
{
    /// <summary>The latest agreement, or null.</summary>
    public AttributionAgreement? Agreement => Agreements.Count == 0 ? null : Agreements.MaxBy(a => a.AgreedAt);

    /// <summary>The highest signed version, or null.</summary>
    public JCurveDeclaration? SignedJCurve => JCurves.Where(j => j.IsSigned).MaxBy(j => j.Version);

    /// <summary>A control's current state (<see cref="ReadinessState.Missing"/> when never set).</summary>
    public ReadinessState StateOf(ReadinessControl control) => Readiness.TryGetValue(control, out var entry) ? entry.State : ReadinessState.Missing;
}
