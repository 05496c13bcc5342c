using ValueLedger.Core.Import;
using ValueLedger.Importers.Pipeline;
using ValueLedger.Importers.Pricing;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// What the receiver shares with file imports: the price book (telemetry carries no cost) and the identifier hasher
/// keyed by the installation secret (person ids are hashed as the spans are read, before anything is queued), as
/// checked against the ledger when the server started (<see cref="Imports.WebIdentifierKey"/>). Loaded once, on first use.
/// </summary>
internal sealed class OtlpImportSetup(LedgerAccess ledger)
{
    private readonly Lazy<ImportOptions> _importOptions = new(() => new ImportOptions
    {
        Pricer = ledger.Options.Pricer ?? PriceBookLoader.LoadDefault(),
        Hasher = ledger.IdentifierKey.Hasher,
        Time = ledger.Options.Time,
    });

    public ImportOptions ImportOptions => _importOptions.Value;

    /// <summary>The context spans are read with; the file name is what errors call the request.</summary>
    public ImportContext Context(string name) => new() { FileName = name, Hasher = ImportOptions.Hasher };
}
