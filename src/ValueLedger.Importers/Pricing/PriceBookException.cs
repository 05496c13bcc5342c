namespace ValueLedger.Importers.Pricing;

/// <summary>
/// A price file that cannot be used: invalid YAML, an unknown key, a negative or non-numeric price,
/// a bad date. The message names the file, the line (1-based; 0 when about the whole file) and the reason.
/// </summary>
public sealed class PriceBookException : Exception
{
    public PriceBookException()
        : this("price file", 0, "the price file cannot be used")
    {
    }

    public PriceBookException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        Reason = message;
    }

    public PriceBookException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        Reason = message;
    }

    public PriceBookException(string sourceName, long line, string reason, Exception? innerException = null)
        : base(Describe(sourceName, line, reason), innerException)
    {
        SourceName = sourceName;
        Line = line;
        Reason = reason;
    }

    /// <summary>The file (or embedded resource) the error is in.</summary>
    public string SourceName { get; }

    /// <summary>1-based line of the fault; 0 when the error is about the whole file.</summary>
    public long Line { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Reason { get; }

    private static string Describe(string sourceName, long line, string reason) =>
        line > 0 ? $"{sourceName}, line {line}: {reason}" : $"{sourceName}: {reason}";
}
