using ValueLedger.Core.Import;
using ValueLedger.Core.Value.Outcomes;

namespace ValueLedger.Importers.Outcomes;

/// <summary>The claims read from an outcomes CSV with their lines, and every problem found (the import is all or nothing).</summary>
public sealed record OutcomeCsvResult(IReadOnlyList<OutcomeImportRow> Rows, IReadOnlyList<RowError> Errors);
