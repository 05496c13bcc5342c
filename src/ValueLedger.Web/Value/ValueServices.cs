using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;
using ValueLedger.Core.Value.Outcomes;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.Value;

/// <summary>
/// The Core services the CLI uses (<see cref="OutcomeService"/>, <see cref="InitiativeService"/>) over the server's open store,
/// and the scoping and rights checks every value page and endpoint shares. The actor is always the signed-in user.
/// </summary>
internal static class ValueServices
{
    public static async Task<OutcomeService> OutcomesAsync(LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        return new OutcomeService(store, store, ledger.Organisation, ledger.Time);
    }

    public static async Task<InitiativeService> InitiativesAsync(LedgerAccess ledger, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        return new InitiativeService(ledger.Organisation, store, store, ledger.Time);
    }

    /// <summary>The initiative when it exists and the user may see it; null otherwise (both answer "not found": no probing).</summary>
    public static Initiative? Visible(LedgerAccess ledger, CurrentUser user, string id) =>
        ledger.Organisation.FindInitiative(id) is { } initiative && user.CanSeeInitiative(initiative) ? initiative : null;

    /// <summary>Admin, or bu-owner of the owning unit: may move, retire and set readiness (as <see cref="ActorRights.Manages"/>).</summary>
    public static bool Manages(LedgerAccess ledger, CurrentUser user, Initiative initiative) => ActorRights.Manages(ledger.Organisation, user.Actor, initiative);

    /// <summary>May set some readiness state: a manager, or admin/finance (who may waive).</summary>
    public static bool MaySetReadiness(LedgerAccess ledger, CurrentUser user, Initiative initiative) => user.IsFinance || Manages(ledger, user, initiative);

    /// <summary>May declare a J-curve: a manager or the sponsor.</summary>
    public static bool MayDeclare(LedgerAccess ledger, CurrentUser user, Initiative initiative) => Manages(ledger, user, initiative) || ActorRights.IsSponsor(user.Actor, initiative);

    /// <summary>May sign a J-curve version: the sponsor or an admin.</summary>
    public static bool MaySign(CurrentUser user, Initiative initiative) => user.IsAdmin || ActorRights.IsSponsor(user.Actor, initiative);

    /// <summary>May record an outcome claim: finance, or a manager of the initiative (viewers read only).</summary>
    public static bool MayRecord(LedgerAccess ledger, CurrentUser user, Initiative initiative) => user.IsFinance || Manages(ledger, user, initiative);

    /// <summary>One outcome record by id, or null.</summary>
    public static async Task<OutcomeRecord?> FindOutcomeAsync(LedgerAccess ledger, long id, CancellationToken cancellationToken)
    {
        var store = await ledger.StoreAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.QueryOutcomesAsync(null, cancellationToken).ConfigureAwait(false);
        return all.FirstOrDefault(r => r.Id == id);
    }

    /// <summary>"outcome 12 was already validated at …; nothing changed" — without the reviewer's name (no person's data in the API).</summary>
    public static string AlreadyReviewed(OutcomeRecord record) =>
        $"outcome {record.Id} was already {KebabCase.Of(record.Status)}"
        + (record.ReviewedAt is { } at ? $" at {Money.Timestamp(at)}" : string.Empty)
        + "; a reviewed record is never changed (record a correction instead); nothing changed";
}
