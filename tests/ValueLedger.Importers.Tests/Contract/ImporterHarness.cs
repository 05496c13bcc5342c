using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Tests.Contract;

/// <summary>Runs an importer over bytes or a fixture file and collects what it produced.</summary>
public static class ImporterHarness
{
    public static string FixturePath(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    public static byte[] Fixture(params string[] parts) => File.ReadAllBytes(FixturePath(parts));

    public static Task<CollectingSink> RunAsync(ISpendImporter importer, string text, bool strict = false, string fileName = "input", string? mappingPath = null) =>
        RunAsync(importer, Encoding.UTF8.GetBytes(text), strict, fileName, mappingPath);

    public static async Task<CollectingSink> RunAsync(
        ISpendImporter importer,
        byte[] bytes,
        bool strict = false,
        string fileName = "input",
        string? mappingPath = null,
        CancellationToken cancellationToken = default)
    {
        var sink = new CollectingSink(strict);
        using var stream = new MemoryStream(bytes, writable: false);
        var context = new ImportContext { FileName = fileName, Hasher = TestHasher.Instance, MappingPath = mappingPath };
        await importer.ReadAsync(stream, context, sink, cancellationToken);
        return sink;
    }

    public static FormatDetection Detect(ISpendImporter importer, byte[] bytes, string fileName)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 64 * 1024));
        return importer.Detect(head, fileName);
    }
}
