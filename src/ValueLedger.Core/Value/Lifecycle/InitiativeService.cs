using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value.JCurve;

namespace ValueLedger.Core.Value.Lifecycle;

/// <summary>
/// The initiative life cycle over the ports: stage moves with their gates, J-curve declarations and
/// sign-offs, readiness controls. Every refusal is a <see cref="ValueRuleException"/> listing every unmet
/// condition; nothing is written then. <paramref name="outcomes"/> is null when the ledger keeps no
/// agreements (then no initiative has an agreed attribution method).
/// </summary>
public sealed partial class InitiativeService(Organisation.Organisation organisation, IInitiativeStore store, IOutcomeStore? outcomes, TimeProvider time)
{
    /// <summary>The declared initiatives (the first declaration of each id), in file order.</summary>
    public IReadOnlyList<Initiative> Initiatives => [.. organisation.Initiatives.DistinctBy(i => i.Id, StringComparer.Ordinal)];

    /// <summary>The declared initiative, or a refusal naming the declared ones.</summary>
    public Initiative Find(string id) =>
        organisation.FindInitiative(id)
        ?? throw new ValueRuleException($"'{id}' is not a declared initiative; declared: {string.Join(", ", organisation.Initiatives.Select(i => i.Id))}");

    public async Task<InitiativeState> LoadStateAsync(string id, CancellationToken cancellationToken)
    {
        var initiative = Find(id);
        var transitions = await store.QueryTransitionsAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var agreements = outcomes is null ? [] : await outcomes.QueryAgreementsAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var jcurves = await store.QueryJCurvesAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var readiness = await store.QueryReadinessAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var latest = transitions.Count == 0 ? null : transitions[^1];
        return new InitiativeState(
            initiative,
            latest?.To ?? initiative.Stage,
            latest is not null,
            agreements,
            [.. jcurves.OrderBy(j => j.Version)],
            readiness.GroupBy(r => r.Control).ToDictionary(g => g.Key, g => g.Last()));
    }

    /// <summary>Moves the initiative one step (forward, or back with a reason); returns the transition recorded.</summary>
    public async Task<StageTransition> AdvanceAsync(string id, InitiativeStage to, string actor, string? reason, CancellationToken cancellationToken)
    {
        var state = await LoadStateAsync(id, cancellationToken).ConfigureAwait(false);
        var refusals = LifecycleGates.RefusalsForMove(state, to, reason, ActorRights.Manages(organisation, actor, state.Initiative));
        if (refusals.Count > 0)
        {
            throw Refuse($"{state.Initiative.Id} cannot move from {KebabCase.Of(state.Stage)} to {KebabCase.Of(to)}", refusals);
        }

        var transition = new StageTransition(state.Initiative.Id, state.Stage, to, actor, time.GetUtcNow(), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim());
        await store.RecordTransitionAsync(transition, cancellationToken).ConfigureAwait(false);
        return transition;
    }

    /// <summary>Retires the initiative from any stage; needs a reason and an admin or the owning unit's bu-owner.</summary>
    public Task<StageTransition> RetireAsync(string id, string actor, string? reason, CancellationToken cancellationToken) =>
        AdvanceAsync(id, InitiativeStage.Retired, actor, reason, cancellationToken);

    /// <summary>Stores a new J-curve version (unsigned) and returns its number.</summary>
    public async Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var initiative = Find(declaration.Initiative);
        var refusals = new List<string>();
        if (!ActorRights.Manages(organisation, actor, initiative) && !ActorRights.IsSponsor(actor, initiative))
        {
            refusals.Add($"only an admin, a bu-owner of {initiative.OwnerBu} or the sponsor{SponsorText(initiative)} may declare a J-curve for {initiative.Id}");
        }

        refusals.AddRange(JCurveMath.Validate(declaration));
        if (refusals.Count > 0)
        {
            throw Refuse($"J-curve for {initiative.Id} not declared", refusals);
        }

        return await store.DeclareJCurveAsync(declaration with { DeclaredBy = actor, DeclaredAt = time.GetUtcNow(), SignedBy = null, SignedAt = null }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Signs a version: the initiative's sponsor or an admin; a signed version stays as it is.</summary>
    public async Task SignJCurveAsync(string id, int version, string actor, CancellationToken cancellationToken)
    {
        var initiative = Find(id);
        if (!ActorRights.IsSponsor(actor, initiative) && !ActorRights.HasRole(organisation, actor, AccessRoles.Admin))
        {
            throw new ValueRuleException($"only the sponsor of {initiative.Id}{SponsorText(initiative)} or an admin may sign its J-curve; '{actor}' is neither");
        }

        var versions = await store.QueryJCurvesAsync(initiative.Id, cancellationToken).ConfigureAwait(false);
        var target = versions.FirstOrDefault(j => j.Version == version)
            ?? throw new ValueRuleException(versions.Count == 0
                ? $"{initiative.Id} has no J-curve declaration; declare one first"
                : $"{initiative.Id} has no J-curve version {version}; versions: {string.Join(", ", versions.Select(j => j.Version))}");
        if (target.IsSigned)
        {
            throw new ValueRuleException($"J-curve version {version} of {initiative.Id} was already signed by {target.SignedBy}; a signed version never changes (declare a new version to change it)");
        }

        await store.SignJCurveAsync(initiative.Id, version, actor, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static string SponsorText(Initiative initiative) => initiative.Sponsor is null ? " (none declared)" : $" ({initiative.Sponsor})";

    private static ValueRuleException Refuse(string what, IReadOnlyList<string> reasons) =>
        new($"{what}: {string.Join("; ", reasons)}");
}
