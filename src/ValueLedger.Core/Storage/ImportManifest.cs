using ValueLedger.Core.Import;

namespace ValueLedger.Core.Storage;

/// <summary>What is known about a file before its records are stored.</summary>
/// <param name="FileName">The path as the user gave it.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the file's bytes as stored on disk.</param>
/// <param name="SizeBytes">File size on disk.</param>
/// <param name="Format">The importer's <see cref="ISpendImporter.Format"/>.</param>
/// <param name="Replacement">How the import relates to what the ledger holds.</param>
/// <param name="StartedAt">When the import started (UTC).</param>
public sealed record ImportManifest(
    string FileName,
    string Sha256,
    long SizeBytes,
    string Format,
    ReplacementPolicy Replacement,
    DateTimeOffset StartedAt);
