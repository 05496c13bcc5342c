namespace ValueLedger.Importers.Common;

/// <summary>
/// One string instance per distinct short value in an import (see <see cref="SpanKeyedCache{TValue}"/>):
/// avoids allocating the same model or team name on every row.
/// </summary>
internal sealed class SharedStrings
{
    private readonly SpanKeyedCache<string> _cache = new(static s => s);

    /// <summary>The text as a string, shared with earlier rows that had the same text.</summary>
    public string Get(ReadOnlySpan<char> text) => text.IsEmpty ? string.Empty : _cache.Get(text);
}
