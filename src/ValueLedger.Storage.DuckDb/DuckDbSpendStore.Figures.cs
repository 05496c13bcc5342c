using ValueLedger.Core.Value;
using ValueLedger.Storage.DuckDb.Value;

namespace ValueLedger.Storage.DuckDb;

/// <summary>The value metrics' ledger figures (read only; see <see cref="FiguresSql"/>).</summary>
public sealed partial class DuckDbSpendStore : IValueFiguresStore
{
    public async Task<IReadOnlyList<InitiativeMonth>> QueryInitiativeMonthsAsync(DateTime from, DateTime to, CancellationToken cancellationToken)
    {
        await using var reader = OpenConnection();
        await using var command = Sql.Command(reader, FiguresSql.InitiativeMonths, ("from", from), ("to", to));
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var result = new List<InitiativeMonth>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new InitiativeMonth(
                Sql.Utc(rows.GetDateTime(0)),
                rows.IsDBNull(1) ? null : rows.GetString(1),
                rows.IsDBNull(2) ? null : rows.GetString(2),
                rows.GetString(3),
                rows.GetDecimal(4),
                rows.GetDecimal(5),
                rows.GetInt64(6),
                rows.GetInt64(7),
                rows.GetInt64(8)));
        }

        return result;
    }
}
