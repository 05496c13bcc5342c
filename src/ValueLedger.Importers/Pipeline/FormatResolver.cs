using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Pipeline;

/// <summary>Chooses the importer for a file: the one asked for, or the one most sure it is its format.</summary>
internal static class FormatResolver
{
    /// <summary>Minimum confidence for a format to be chosen without <c>--format</c>.</summary>
    public const int MinimumConfidence = 50;

    public static ISpendImporter? Resolve(IReadOnlyList<ISpendImporter> importers, string? format, string? mappingPath, ReadOnlySpan<byte> head, string fileName, out string? error)
    {
        error = null;
        if (format is not null)
        {
            var chosen = importers.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
            {
                error = $"unknown format '{format}'; known formats: {string.Join(", ", importers.Select(i => i.Format))}";
            }

            return chosen;
        }

        if (mappingPath is not null)
        {
            var generic = importers.FirstOrDefault(i => i.Format == "generic-csv");
            if (generic is not null)
            {
                return generic;
            }
        }

        if (head.IsEmpty)
        {
            error = "the file is empty";
            return null;
        }

        ISpendImporter? best = null;
        var bestConfidence = 0;
        foreach (var importer in importers)
        {
            var detection = importer.Detect(head, fileName);
            if (detection.Confidence > bestConfidence)
            {
                best = importer;
                bestConfidence = detection.Confidence;
            }
        }

        if (best is null || bestConfidence < MinimumConfidence)
        {
            error = $"could not recognise the format; name it with --format (one of: {string.Join(", ", importers.Select(i => i.Format))})";
            return null;
        }

        return best;
    }
}
