using System.Text;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Importers.Tests.ApiPages;

/// <summary>Small helpers shared by the provider API importer tests.</summary>
internal static class ApiTestSamples
{
    public static (string FileName, byte[] Bytes) Fixture(string folder, string name) =>
        (name, Contract.ImporterHarness.Fixture(folder, name));

    public static (string FileName, byte[] Bytes) Inline(string name, string json) => (name, Encoding.UTF8.GetBytes(json));

    /// <summary>Every string property of a record, to check that a raw identifier was stored nowhere.</summary>
    public static IEnumerable<string> StringValues(SpendRecord record) =>
        typeof(SpendRecord).GetProperties()
            .Where(p => p.PropertyType == typeof(string))
            .Select(p => (string?)p.GetValue(record))
            .OfType<string>();
}
