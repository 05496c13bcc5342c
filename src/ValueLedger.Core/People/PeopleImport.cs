namespace ValueLedger.Core.People;

/// <summary>
/// One people file being imported: its name (no directory), format id (e.g. <c>seats-csv</c>, <c>copilot-user-ndjson</c>),
/// SHA-256 of its bytes (a second import of the same bytes changes nothing), who imported it and when.
/// </summary>
public sealed record PeopleImport(string FileName, string Format, string Sha256, string Actor, DateTimeOffset At);

/// <summary>What a people import did: <see cref="Added"/> facts new to the ledger, <see cref="Duplicates"/> already
/// held (facts are unique by their natural key, so overlapping files add each fact once), and whether the same file
/// had been imported before (then nothing was written).</summary>
public sealed record PeopleImportResult(long ImportId, int Added, int Duplicates, bool AlreadyImported);

/// <summary>A people import as listed in the history.</summary>
public sealed record PeopleImportSummary(long ImportId, string FileName, string Format, string Sha256, string Actor, DateTimeOffset At, int Added, int Duplicates);
