using ValueLedger.Core.Import;
using ValueLedger.Importers.Anthropic;
using ValueLedger.Importers.Focus;
using ValueLedger.Importers.GenericCsv;
using ValueLedger.Importers.LiteLlm;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Otel;

namespace ValueLedger.Importers;

/// <summary>
/// The one list of importers. Adding a format = a folder with its importer, one line here, real
/// sample files, and a test class inheriting the importer contract suite.
/// </summary>
public static class ImporterRegistry
{
    /// <summary>Every importer, in the order ties in detection are broken.</summary>
    public static IReadOnlyList<ISpendImporter> All { get; } =
    [
        new FocusCsvImporter(),
        new OpenAiUsageImporter(),
        new OpenAiCostsImporter(),
        new AnthropicUsageImporter(),
        new AnthropicCostImporter(),
        new LiteLlmCsvImporter(),
        new LiteLlmJsonImporter(),
        new OtlpJsonTraceImporter(),
        new GenericUsageCsvImporter(),
    ];

    /// <summary>The importer with this <see cref="ISpendImporter.Format"/> id (case-insensitive), or null.</summary>
    public static ISpendImporter? Find(string format) =>
        All.FirstOrDefault(i => string.Equals(i.Format, format, StringComparison.OrdinalIgnoreCase));
}
