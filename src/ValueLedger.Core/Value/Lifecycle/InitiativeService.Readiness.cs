namespace ValueLedger.Core.Value.Lifecycle;

public sealed partial class InitiativeService
{
    /// <summary>
    /// Records a readiness control's new state. An admin or the owning unit's bu-owner may set it;
    /// <c>evidenced</c> needs an absolute http(s) link; <c>waived</c> needs a reason and the admin or
    /// finance role. Returns the entry recorded.
    /// </summary>
    public async Task<ReadinessEntry> SetReadinessAsync(string id, ReadinessControl control, ReadinessState state, string? evidence, string? reason, string actor, CancellationToken cancellationToken)
    {
        var initiative = Find(id);
        var refusals = new List<string>();
        var admin = ActorRights.HasRole(organisation, actor, AccessRoles.Admin);
        if (state == ReadinessState.Waived)
        {
            if (!admin && !ActorRights.HasRole(organisation, actor, AccessRoles.Finance))
            {
                refusals.Add($"only an admin or finance may waive a readiness control; '{actor}' is neither");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                refusals.Add("a waiver needs a reason (--reason)");
            }
        }
        else if (!ActorRights.Manages(organisation, actor, initiative))
        {
            refusals.Add($"only an admin or a bu-owner of {initiative.OwnerBu} may set the readiness of {initiative.Id}");
        }

        if (state == ReadinessState.Evidenced && !IsLink(evidence))
        {
            refusals.Add(evidence is null ? "evidenced needs a link to the evidence (--evidence URL)" : $"'{evidence}' is not a link; use an absolute http or https URL");
        }

        if (refusals.Count > 0)
        {
            throw Refuse($"readiness {KebabCase.Of(control)} of {initiative.Id} not set", refusals);
        }

        var entry = new ReadinessEntry(initiative.Id, control, state, string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim(), string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), actor, time.GetUtcNow());
        await store.SetReadinessAsync(entry, cancellationToken).ConfigureAwait(false);
        return entry;
    }

    private static bool IsLink(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
