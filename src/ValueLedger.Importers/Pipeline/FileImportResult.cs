using ValueLedger.Core.Import;
using ValueLedger.Core.Storage;

namespace ValueLedger.Importers.Pipeline;

/// <summary>
/// What importing one file did: one row of the import summary table. <see cref="SourceId"/> is the ledger's id of a
/// committed import (null otherwise); <see cref="FirstRejects"/> holds the first rejected rows (at most
/// <see cref="MaxKeptRejects"/>; all of them are in <see cref="RejectsFile"/>).
/// </summary>
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
    string? Message,
    long? SourceId = null,
    IReadOnlyList<RowError>? FirstRejects = null)
{
    /// <summary>Rejected rows kept in memory per file (for the web's import history); the rejects file has them all.</summary>
    public const int MaxKeptRejects = 10_000;
}

/// <summary>An amount in one currency.</summary>
public sealed record CurrencyAmount(string Currency, decimal Amount);

/// <summary>Telemetry that no price-book entry covers, so it carries no cost (never silently 0).</summary>
public sealed record UnpricedModel(string Provider, string? Model, long Records);
