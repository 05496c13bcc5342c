namespace ValueLedger.Core.Import;

/// <summary>
/// A row (or the whole input) that could not be read. Expected failures are values, not exceptions.
/// </summary>
/// <param name="Line">1-based line in the (decompressed) input; 0 when the error is about the whole file.</param>
/// <param name="Column">The column or JSON field at fault, if one is.</param>
/// <param name="Reason">What is wrong, in words a user can act on.</param>
/// <param name="Raw">An excerpt of the offending input (cut to a few hundred characters), if useful.</param>
/// <param name="IsFatal">
/// True when reading cannot go on (not gzip, JSON cut in half, header missing): the import fails even
/// in lenient mode, because the rest of the file cannot be trusted.
/// </param>
public sealed record RowError(long Line, string? Column, string Reason, string? Raw = null, bool IsFatal = false)
{
    /// <summary>Longest raw excerpt kept, so a 10 MB field does not land in an error message.</summary>
    public const int MaxRawLength = 300;

    /// <summary>Cuts <paramref name="raw"/> to <see cref="MaxRawLength"/> characters.</summary>
    public static string? Excerpt(string? raw) =>
        raw is null || raw.Length <= MaxRawLength ? raw : string.Concat(raw.AsSpan(0, MaxRawLength), "…");

    /// <summary>"file:line, column X: reason", the form every error message uses.</summary>
    public string Describe(string fileName)
    {
        var where = Line > 0 ? $"{fileName}:{Line}" : fileName;
        return Column is null ? $"{where}: {Reason}" : $"{where}, column {Column}: {Reason}";
    }
}
