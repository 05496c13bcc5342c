using System.Globalization;

namespace ValueLedger.Core.Ledger;

/// <summary>How money and instants cross a file or the wire (CLI JSON/CSV, the HTTP API): exact, invariant, never floating point.</summary>
public static class InvariantText
{
    /// <summary>The exact value with trailing zeros removed, e.g. <c>0.0000008</c>, <c>12.5</c>, <c>-3</c>.</summary>
    public static string Exact(decimal value) =>
        (value / 1.000000000000000000000000000000000m).ToString(CultureInfo.InvariantCulture);

    /// <summary>An instant in UTC to the second, ISO 8601 with <c>Z</c>.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
