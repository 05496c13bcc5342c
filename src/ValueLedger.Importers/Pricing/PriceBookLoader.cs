using ValueLedger.Core.Pricing;

namespace ValueLedger.Importers.Pricing;

/// <summary>
/// Reads price books from YAML: the default one shipped inside this assembly
/// (<c>default-prices.yaml</c>, whose header comments document the format) and user override files.
/// </summary>
public static class PriceBookLoader
{
    /// <summary>Manifest name of the shipped price file.</summary>
    public const string DefaultResourceName = "ValueLedger.Importers.Pricing.default-prices.yaml";

    /// <summary>Largest price file read; far above any real one, so a wrong path fails fast.</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private const string DefaultSourceName = "default-prices.yaml (built in)";

    private static readonly Lazy<PriceBook> Default = new(ReadDefault);

    /// <summary>The shipped list prices. Built once; the book is immutable.</summary>
    /// <exception cref="PriceBookException">The embedded file is broken (a build defect).</exception>
    public static PriceBook LoadDefault() => Default.Value;

    /// <summary>
    /// <paramref name="defaultBook"/> with the entries of the override file at <paramref name="overridePath"/>:
    /// an override with the same provider, pattern and effective date replaces the default entry; others add.
    /// </summary>
    /// <exception cref="PriceBookException">The file is missing, unreadable or invalid.</exception>
    public static PriceBook Load(PriceBook defaultBook, string overridePath)
    {
        ArgumentNullException.ThrowIfNull(defaultBook);
        var entries = ReadFile(overridePath);
        try
        {
            return defaultBook.WithOverrides(entries);
        }
        catch (ArgumentException e)
        {
            throw new PriceBookException(overridePath, 0, e.Message, e);
        }
    }

    /// <summary>The entries of one price file.</summary>
    /// <exception cref="PriceBookException">The file is missing, unreadable or invalid.</exception>
    public static IReadOnlyList<PriceEntry> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new PriceBookException(path, 0, "the file does not exist");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new PriceBookException(path, 0, $"the file is larger than {MaxFileBytes / (1024 * 1024)} MB; is it a price file?");
            }

            using var reader = File.OpenText(path);
            return Read(reader, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new PriceBookException(path, 0, $"the file cannot be read: {e.Message}", e);
        }
    }

    /// <summary>The entries of price-file text; <paramref name="sourceName"/> is used in error messages.</summary>
    /// <exception cref="PriceBookException">The text is not a valid price file.</exception>
    public static IReadOnlyList<PriceEntry> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new PriceFileParser(sourceName).Parse(reader);
    }

    private static PriceBook ReadDefault()
    {
        using var stream = typeof(PriceBookLoader).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var entries = Read(reader, DefaultSourceName);
        try
        {
            return new PriceBook(entries);
        }
        catch (ArgumentException e)
        {
            throw new PriceBookException(DefaultSourceName, 0, e.Message, e);
        }
    }
}
