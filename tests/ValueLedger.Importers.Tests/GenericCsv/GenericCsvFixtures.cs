using System.Text;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.GenericCsv;

internal static class GenericCsvFixtures
{
    public static byte[] Csv => ImporterHarness.Fixture("GenericCsv", "usage.csv");

    public static string MappingPath => ImporterHarness.FixturePath("GenericCsv", "mapping.yaml");

    /// <summary>The CSV with the cost on line 4 (evt-003) made unreadable.</summary>
    public static byte[] CsvWithBadCostOnLine4()
    {
        var lines = Encoding.UTF8.GetString(Csv).Split('\n');
        lines[3] = lines[3].Replace(",0.0609,", ",n/a,", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
