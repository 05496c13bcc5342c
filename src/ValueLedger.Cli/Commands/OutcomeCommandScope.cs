using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Outcomes;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// What the method, outcome and audit commands work on: the organisation, the ledger's outcome store and
/// audit log, and the <see cref="OutcomeService"/> over them. A refusal of the value rules
/// (<see cref="ValueRuleException"/>) becomes a <see cref="CliException"/> (exit 1).
/// </summary>
internal sealed class OutcomeCommandScope : IAsyncDisposable
{
    private readonly Core.Storage.ISpendStore store;

    private OutcomeCommandScope(Core.Storage.ISpendStore store, Organisation organisation, IOutcomeStore outcomes, IAuditLog audit, OutcomeService service)
    {
        this.store = store;
        Organisation = organisation;
        Outcomes = outcomes;
        Audit = audit;
        Service = service;
    }

    public Organisation Organisation { get; }

    public IOutcomeStore Outcomes { get; }

    public IAuditLog Audit { get; }

    public OutcomeService Service { get; }

    /// <summary>Opens the ledger; <paramref name="orgPath"/> null = no organisation needed (the audit log).</summary>
    public static async Task<OutcomeCommandScope> OpenAsync(CliContext context, string db, string? orgPath, CancellationToken cancellationToken)
    {
        var organisation = orgPath is null ? Organisation.Empty : ShowbackCommand.LoadOrganisation(orgPath);
        var store = await Services.OpenStoreAsync(db, context, cancellationToken).ConfigureAwait(false);
        if (store is not IOutcomeStore outcomes || store is not IAuditLog audit)
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw new CliException("this ledger has no outcomes ledger");
        }

        // Until the store implements IInitiativeStore itself, the stage transitions are read directly.
        var lifecycle = store as IInitiativeStore;
        return new OutcomeCommandScope(store, organisation, outcomes, audit, new OutcomeService(outcomes, lifecycle, organisation, context.Time));
    }

    /// <summary>Runs a rule-checked action, turning a refusal into exit 1 with its reason.</summary>
    public static async Task<T> RefusalsAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (ValueRuleException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
