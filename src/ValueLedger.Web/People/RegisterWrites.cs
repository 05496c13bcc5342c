using ValueLedger.Core.People;

namespace ValueLedger.Web.People;

/// <summary>
/// Saves register entries through the people store (which audits each save). A save that says what is already recorded
/// writes nothing, so a double submission or a retried PUT adds no audit entry and reports "unchanged".
/// </summary>
internal static class RegisterWrites
{
    public static async Task<(ResistanceEntry Entry, bool Changed)> SaveResistanceAsync(
        LedgerAccess ledger, ResistanceEntry entry, CancellationToken cancellationToken)
    {
        var store = await BehaviourServices.PeopleStoreAsync(ledger, cancellationToken).ConfigureAwait(false);
        var current = OperatingModelRegisters.Resistances(await store.ListResistancesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(e => e.Id == entry.Id);
        if (current is not null && RegisterRules.Same(current, entry))
        {
            return (current, false);
        }

        await store.SaveResistanceAsync(entry, cancellationToken).ConfigureAwait(false);
        return (entry, true);
    }

    public static async Task<(RoleChange Entry, bool Changed)> SaveRoleAsync(LedgerAccess ledger, RoleChange entry, CancellationToken cancellationToken)
    {
        var store = await BehaviourServices.PeopleStoreAsync(ledger, cancellationToken).ConfigureAwait(false);
        var current = (await store.ListRoleChangesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(e => e.Id == entry.Id);
        if (current is not null && RegisterRules.Same(current, entry))
        {
            return (current, false);
        }

        await store.SaveRoleChangeAsync(entry, cancellationToken).ConfigureAwait(false);
        return (entry, true);
    }

    /// <summary>Whether a resistance entry with this id exists (a built-in seed or a saved one).</summary>
    public static async Task<ResistanceEntry?> FindResistanceAsync(LedgerAccess ledger, string id, CancellationToken cancellationToken)
    {
        var store = await BehaviourServices.PeopleStoreAsync(ledger, cancellationToken).ConfigureAwait(false);
        return OperatingModelRegisters.Resistances(await store.ListResistancesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(e => e.Id == id);
    }

    public static async Task<RoleChange?> FindRoleAsync(LedgerAccess ledger, string id, CancellationToken cancellationToken)
    {
        var store = await BehaviourServices.PeopleStoreAsync(ledger, cancellationToken).ConfigureAwait(false);
        return (await store.ListRoleChangesAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(e => e.Id == id);
    }
}
