namespace ValueLedger.Core.Ledger;

/// <summary>
/// One tag as the source wrote it. <see cref="Key"/> keeps the original spelling (case and stray
/// spaces included); matching uses <see cref="NormalizeKey"/>.
/// </summary>
/// <param name="Key">The key exactly as in the source.</param>
/// <param name="Value">The value as text (numbers and booleans in their JSON spelling), or null.</param>
public readonly record struct Tag(string Key, string? Value)
{
    /// <summary>The key used for matching: trimmed and lower-cased (invariant).</summary>
    public static string NormalizeKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key.Trim().ToLowerInvariant();
    }
}
