using System.Text;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Otel;

internal static class OtlpFixtures
{
    public static byte[] Document => ImporterHarness.Fixture("Otel", "traces.json");

    public static byte[] Ndjson => ImporterHarness.Fixture("Otel", "traces.ndjson");

    /// <summary>The NDJSON with an unreadable output token count on its 2nd line.</summary>
    public static byte[] NdjsonWithBadCountOnLine2()
    {
        var text = Encoding.UTF8.GetString(Ndjson);
        var lines = text.Split('\n');
        lines[1] = lines[1].Replace("{\"intValue\":\"20\"}", "{\"stringValue\":\"lots\"}", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}
