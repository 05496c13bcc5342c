namespace ValueLedger.Importers.GenericCsv;

/// <summary>
/// A generic usage CSV's mapping file, read and checked (see README.md beside this file for the
/// YAML and an example). Immutable once loaded.
/// </summary>
internal sealed class GenericCsvMapping
{
    /// <summary>The mapping file's path, as named in messages.</summary>
    public required string Path { get; init; }

    /// <summary>Provider for every row (canonicalised), unless a provider column gives one.</summary>
    public string? Provider { get; init; }

    /// <summary>ISO 4217 currency of the cost column, unless a currency column gives one; USD by default.</summary>
    public string Currency { get; init; } = "USD";

    public char Delimiter { get; init; } = ',';

    /// <summary>
    /// A .NET exact format (invariant culture, times taken as UTC unless the format has an offset),
    /// <c>unix</c> (seconds) or <c>unix_ms</c>; null for ISO 8601 as <see cref="Common.Values.TryParseUtc"/> reads it.
    /// </summary>
    public string? TimestampFormat { get; init; }

    /// <summary>Length of each row's period when no period_end column is mapped.</summary>
    public TimeSpan? Period { get; init; }

    /// <summary>
    /// Whether the input-token column counts cached tokens too (as OpenAI's does): they are then
    /// taken out, so that the ledger's input tokens are the uncached ones.
    /// </summary>
    public bool InputIncludesCached { get; init; }

    /// <summary>CSV column name per mapped field.</summary>
    public required IReadOnlyDictionary<GenericField, string> Columns { get; init; }

    /// <summary>Columns kept as tags under their own names.</summary>
    public required IReadOnlyList<string> Tags { get; init; }
}
