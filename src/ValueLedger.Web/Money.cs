using System.Globalization;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Web;

/// <summary>Money and dates as the CLI's JSON writes them: exact invariant strings, never floating point.</summary>
internal static class Money
{
    /// <summary>The exact value with trailing zeros removed, e.g. <c>0.0000008</c>, <c>12.5</c>, <c>-3</c>.</summary>
    public static string Exact(decimal value) => InvariantText.Exact(value);

    public static string? Exact(decimal? value) => value is { } v ? Exact(v) : null;

    public static string Month(DateTime month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTimeOffset value) => InvariantText.Timestamp(value);
}
