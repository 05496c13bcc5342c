namespace ValueLedger.Importers.Common;

/// <summary>
/// Remembers, for one import, what a short text maps to (the text itself as one shared string, its
/// canonical provider id, its keyed hash), so that a value repeated on millions of rows (a model, a
/// team, an API key) is turned into a string, canonicalised or hashed once. Lookups by span do not
/// allocate. Bounded: past <c>maxEntries</c> distinct keys, or for keys longer than
/// <c>maxKeyLength</c>, values are computed each time and not kept, so memory stays flat whatever the
/// input. Keys live only in memory for the duration of one import.
/// </summary>
/// <typeparam name="TValue">What a text maps to.</typeparam>
internal sealed class SpanKeyedCache<TValue>
{
    private readonly Dictionary<string, TValue> _map = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Func<string, TValue> _factory;
    private readonly int _maxEntries;
    private readonly int _maxKeyLength;

    public SpanKeyedCache(Func<string, TValue> factory, int maxEntries = 16_384, int maxKeyLength = 128)
    {
        _factory = factory;
        _maxEntries = maxEntries;
        _maxKeyLength = maxKeyLength;
        _lookup = _map.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The value for <paramref name="text"/>, computed on first sight.</summary>
    public TValue Get(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var value))
        {
            return value;
        }

        var key = text.ToString();
        value = _factory(key);
        if (key.Length <= _maxKeyLength && _map.Count < _maxEntries)
        {
            _map[key] = value;
        }

        return value;
    }
}
