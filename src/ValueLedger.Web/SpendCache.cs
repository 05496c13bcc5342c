using ValueLedger.Core.Storage;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Web;

/// <summary>
/// Spend answers per question, kept while the ledger has not been written to: the spend explorer and
/// <c>/api/spend</c> are asked the same few questions over and over (shared URLs, downloads after a look), and
/// each is a scan of the ledger. See <see cref="LedgerCache{T}"/>.
/// </summary>
internal static class SpendCache
{
    private static readonly LedgerCache<IReadOnlyList<SpendRow>> Answers = new(s => s.WriteGeneration);

    public static Task<IReadOnlyList<SpendRow>> QueryAsync(DuckDbSpendStore store, SpendQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var key = string.Join('|', query.GroupBy.Select(g => g.Label)) + "|" + query.From?.Ticks + "|" + query.To?.Ticks + "|" + query.Scope;

        // Not tied to this request's token: other requests may wait on the same query.
        return Answers.GetAsync(store, key, () => store.QuerySpendAsync(query, CancellationToken.None), cancellationToken);
    }
}
