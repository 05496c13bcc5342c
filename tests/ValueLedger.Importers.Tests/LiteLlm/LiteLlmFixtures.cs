using System.Text;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.LiteLlm;

/// <summary>The LiteLLM fixtures and variants of them with one thing broken.</summary>
internal static class LiteLlmFixtures
{
    public static byte[] Csv => ImporterHarness.Fixture("LiteLlm", "spend_logs.csv");

    public static byte[] Json => ImporterHarness.Fixture("LiteLlm", "spend_logs.json");

    public static byte[] Ndjson => ImporterHarness.Fixture("LiteLlm", "spend_logs.ndjson");

    public static string CsvText => Encoding.UTF8.GetString(Csv);

    /// <summary>The CSV with the spend of its 4th data row (line 5) made non-numeric.</summary>
    public static byte[] CsvWithBadSpendOnLine5()
    {
        var lines = CsvText.Split('\n');
        lines[4] = lines[4].Replace(",0.0,0,0,0,", ",abc,0,0,0,", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    /// <summary>The NDJSON with the spend of its 3rd line made non-numeric.</summary>
    public static byte[] NdjsonWithBadSpendOnLine3()
    {
        var lines = Encoding.UTF8.GetString(Ndjson).Split('\n');
        lines[2] = lines[2].Replace("\"spend\": 0.0021", "\"spend\": \"abc\"", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
