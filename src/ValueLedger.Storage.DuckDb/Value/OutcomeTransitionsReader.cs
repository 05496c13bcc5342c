using ValueLedger.Core.Organisation;
using ValueLedger.Core.Value;

namespace ValueLedger.Storage.DuckDb.Value;

/// <summary>
/// Reads <c>stage_transitions</c> for the outcome rules (a retired initiative's claims) where the store
/// does not implement <see cref="IInitiativeStore"/> itself; every other member is unsupported.
/// Stop-gap for the outcomes branch: once the store implements <see cref="IInitiativeStore"/>, callers use it.
/// </summary>
public sealed class OutcomeTransitionsReader(DuckDbSpendStore store) : IInitiativeStore
{
    private const string Query = """
        SELECT initiative, from_stage, to_stage, actor, changed_at, reason FROM stage_transitions
        WHERE $initiative IS NULL OR initiative = $initiative
        ORDER BY changed_at
        """;

    public async Task<IReadOnlyList<StageTransition>> QueryTransitionsAsync(string? initiative, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await using var connection = store.OpenConnection();
        await using var command = Sql.Command(connection, Query, ("initiative", initiative));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<StageTransition>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StageTransition(rows.GetString(0), Stage(rows.GetString(1)), Stage(rows.GetString(2)), rows.GetString(3),
                new DateTimeOffset(Sql.Utc(rows.GetDateTime(4))), rows.IsDBNull(5) ? null : rows.GetString(5)));
        }

        return result;
    }

    public Task<int> DeclareJCurveAsync(JCurveDeclaration declaration, CancellationToken cancellationToken) => throw Unsupported();

    public Task SignJCurveAsync(string initiative, int version, string actor, DateTimeOffset at, CancellationToken cancellationToken) => throw Unsupported();

    public Task<IReadOnlyList<JCurveDeclaration>> QueryJCurvesAsync(string? initiative, CancellationToken cancellationToken) => throw Unsupported();

    public Task SetReadinessAsync(ReadinessEntry entry, CancellationToken cancellationToken) => throw Unsupported();

    public Task<IReadOnlyList<ReadinessEntry>> QueryReadinessAsync(string? initiative, CancellationToken cancellationToken) => throw Unsupported();

    public Task RecordTransitionAsync(StageTransition transition, CancellationToken cancellationToken) => throw Unsupported();

    private static InitiativeStage Stage(string text) =>
        KebabCase.TryParse<InitiativeStage>(text, out var stage) ? stage : throw new InvalidDataException($"stage_transitions: unknown stage '{text}'");

    private static NotSupportedException Unsupported() => new("this reader only reads stage transitions");
}
