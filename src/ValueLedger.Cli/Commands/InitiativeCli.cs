using ValueLedger.Core.Storage;
using ValueLedger.Core.Value;
using ValueLedger.Core.Value.Lifecycle;

namespace ValueLedger.Cli.Commands;

/// <summary>
/// What the initiative, jcurve and readiness commands share: the organisation, the ledger as an
/// <see cref="IInitiativeStore"/> (and <see cref="IOutcomeStore"/> when it keeps agreements), the service, and
/// refusals (<see cref="ValueRuleException"/>) turned into exit 1 with the service's message.
/// </summary>
internal static class InitiativeCli
{
    public static async Task<int> RunAsync(CliContext context, string orgPath, string dbPath, Func<InitiativeService, ISpendStore, Task<int>> work, CancellationToken cancellationToken)
    {
        var organisation = ShowbackCommand.LoadOrganisation(orgPath);
        var store = await Services.OpenStoreAsync(dbPath, context, cancellationToken).ConfigureAwait(false);
        await using (store.ConfigureAwait(false))
        {
            var initiatives = store as IInitiativeStore ?? throw new CliException("this ledger keeps no initiative life cycle");
            var service = new InitiativeService(organisation, initiatives, store as IOutcomeStore, context.Time);
            try
            {
                return await work(service, store).ConfigureAwait(false);
            }
            catch (ValueRuleException ex)
            {
                throw new CliException(ex.Message);
            }
        }
    }

    /// <summary>Parses kebab-case enum text, or fails with the choices.</summary>
    public static TEnum Parse<TEnum>(string text, string what)
        where TEnum : struct, Enum =>
        KebabCase.TryParse<TEnum>(text, out var value) ? value : throw new CliException($"'{text}' is not a {what}; use one of: {KebabCase.Choices<TEnum>()}");
}
