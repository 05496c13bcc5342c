using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ValueLedger.Core.Storage;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Web;

/// <summary>
/// Spend answers per question, kept while the ledger has not been written to (the store's write generation): the
/// spend explorer and <c>/api/spend</c> are asked the same few questions over and over (shared URLs, downloads after
/// a look), and each is a scan of the ledger. At most <see cref="Capacity"/> questions per store; beyond that the
/// cache starts again. Concurrent askers of the same question share one query.
/// </summary>
internal static class SpendCache
{
    private const int Capacity = 64;

    private static readonly ConditionalWeakTable<DuckDbSpendStore, ConcurrentDictionary<string, (long Generation, Lazy<Task<IReadOnlyList<SpendRow>>> Rows)>> Stores = [];

    public static Task<IReadOnlyList<SpendRow>> QueryAsync(DuckDbSpendStore store, SpendQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var entries = Stores.GetValue(store, _ => new(StringComparer.Ordinal));

        // Read the generation before querying: a write that ends meanwhile raises it and the next ask queries again.
        var generation = store.WriteGeneration;
        var key = string.Join('|', query.GroupBy.Select(g => g.Label)) + "|" + query.From?.Ticks + "|" + query.To?.Ticks + "|" + query.Scope;
        if (entries.TryGetValue(key, out var cached) && cached.Generation == generation && !cached.Rows.Value.IsFaulted && !cached.Rows.Value.IsCanceled)
        {
            return cached.Rows.Value.WaitAsync(cancellationToken);
        }

        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        // Not tied to this request's token: other requests may wait on the same query.
        var fresh = (generation, new Lazy<Task<IReadOnlyList<SpendRow>>>(() => store.QuerySpendAsync(query, CancellationToken.None)));
        var entry = entries.AddOrUpdate(key, fresh, (_, old) => old.Generation == generation && !old.Rows.Value.IsFaulted && !old.Rows.Value.IsCanceled ? old : fresh);
        return entry.Rows.Value.WaitAsync(cancellationToken);
    }
}
