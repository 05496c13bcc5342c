using ValueLedger.Core.Import;
using ValueLedger.Core.Pricing;

namespace ValueLedger.Importers.Pipeline;

/// <summary>How <see cref="ImportRunner"/> imports files.</summary>
public sealed class ImportOptions
{
    /// <summary>Importer to use for every file (<c>--format</c>); null to recognise each file.</summary>
    public string? Format { get; init; }

    /// <summary>
    /// False (strict, the default): the first bad row stops the file's import and nothing of it lands.
    /// True: bad rows go to a rejects file with their reasons and the rest lands.
    /// </summary>
    public bool Lenient { get; init; }

    /// <summary>Folder for rejects files (lenient mode); default the current directory.</summary>
    public string? RejectsDirectory { get; init; }

    /// <summary>Column mapping for the generic CSV format.</summary>
    public string? MappingPath { get; init; }

    /// <summary>Prices telemetry that carries no cost.</summary>
    public required IPricer Pricer { get; init; }

    /// <summary>Keys person identifiers.</summary>
    public required IIdentifierHasher Hasher { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
