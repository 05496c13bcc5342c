using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using ValueLedger.Storage.DuckDb;

namespace ValueLedger.Web;

/// <summary>
/// Answers computed from the ledger, kept while the ledger has not been written to (the store's write generation;
/// the server owns the file, so every write goes through it). Concurrent askers of the same key share one
/// computation; a failed or cancelled one is not kept. At most <see cref="Capacity"/> keys per store and kind.
/// </summary>
internal sealed class LedgerCache<T>
{
    private const int Capacity = 64;

    private readonly Func<DuckDbSpendStore, long> generationOf;

    private readonly ConditionalWeakTable<DuckDbSpendStore, ConcurrentDictionary<string, (long Generation, Lazy<Task<T>> Value)>> stores = [];

    /// <param name="generationOf">The store's generation the answers depend on: <see cref="DuckDbSpendStore.WriteGeneration"/> for anything read from records, <see cref="DuckDbSpendStore.FiguresGeneration"/> for allocated and value figures.</param>
    public LedgerCache(Func<DuckDbSpendStore, long> generationOf) => this.generationOf = generationOf;

    public Task<T> GetAsync(DuckDbSpendStore store, string key, Func<Task<T>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(compute);
        var entries = stores.GetValue(store, _ => new(StringComparer.Ordinal));

        // Read the generation before computing: a write that ends meanwhile raises it and the next ask computes again.
        var generation = generationOf(store);
        if (entries.TryGetValue(key, out var cached) && Usable(cached, generation))
        {
            return cached.Value.Value.WaitAsync(cancellationToken);
        }

        if (entries.Count >= Capacity)
        {
            entries.Clear();
        }

        var fresh = (generation, new Lazy<Task<T>>(compute));
        var entry = entries.AddOrUpdate(key, fresh, (_, old) => Usable(old, generation) ? old : fresh);
        return entry.Value.Value.WaitAsync(cancellationToken);
    }

    private static bool Usable((long Generation, Lazy<Task<T>> Value) entry, long generation) =>
        entry.Generation == generation && !entry.Value.Value.IsFaulted && !entry.Value.Value.IsCanceled;
}
