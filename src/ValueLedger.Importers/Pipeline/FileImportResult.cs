using ValueLedger.Core.Storage;

namespace ValueLedger.Importers.Pipeline;

/// <summary>What importing one file did: one row of the import summary table.</summary>
public sealed record FileImportResult(
    string FileName,
    string? Format,
    ImportOutcome Outcome,
    long RowsRead,
    long RowsInserted,
    long RowsRejected,
    long RowsSkippedAsDuplicate,
    IReadOnlyList<CurrencyAmount> Cost,
    DateTime? PeriodStart,
    DateTime? PeriodEnd,
    IReadOnlyList<ReplacedScope> Replaced,
    IReadOnlyList<UnpricedModel> Unpriced,
    string? RejectsFile,
    string? Message);

/// <summary>An amount in one currency.</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount);

/// <summary>Telemetry that no price-book entry covers, so it carries no cost (never silently 0).</summary>
public sealed record UnpricedModel(string Provider, string? Model, long Records);
