using ValueLedger.Core.Import;
using ValueLedger.Importers.Pipeline;
using ValueLedger.Importers.Pricing;
using ValueLedger.Importers.Privacy;

namespace ValueLedger.Web.Otlp;

/// <summary>
/// What the receiver shares with file imports: the price book (telemetry carries no cost) and the identifier hasher
/// keyed by the installation secret (person ids are hashed as the spans are read, before anything is queued).
/// Loaded once, on first use.
/// </summary>
internal sealed class OtlpImportSetup(WebOptions options)
{
    private readonly Lazy<ImportOptions> _importOptions = new(() => new ImportOptions
    {
        Pricer = options.Pricer ?? PriceBookLoader.LoadDefault(),
        Hasher = options.Hasher ?? new HmacIdentifierHasher(InstallationSecret.LoadOrCreate(InstallationSecret.DefaultPath())),
        Time = options.Time,
    });

    public ImportOptions ImportOptions => _importOptions.Value;

    /// <summary>The context spans are read with; the file name is what errors call the request.</summary>
    public ImportContext Context(string name) => new() { FileName = name, Hasher = ImportOptions.Hasher };
}
