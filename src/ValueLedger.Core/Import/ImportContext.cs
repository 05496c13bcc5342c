namespace ValueLedger.Core.Import;

/// <summary>What an importer may know besides its input stream.</summary>
public sealed class ImportContext
{
    /// <summary>The file name as shown in messages (the path the user gave).</summary>
    public required string FileName { get; init; }

    /// <summary>Turns person identifiers into keyed hashes; raw identifiers are never stored.</summary>
    public required IIdentifierHasher Hasher { get; init; }

    /// <summary>Path of a column-mapping file, for formats that need one (generic CSV).</summary>
    public string? MappingPath { get; init; }
}
