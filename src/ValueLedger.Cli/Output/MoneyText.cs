using System.Globalization;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Cli.Output;

/// <summary>How amounts are written: exact in CSV and JSON, readable in tables. Invariant culture always.</summary>
internal static class MoneyText
{
    /// <summary>The exact value with trailing zeros removed, e.g. <c>0.0000008</c>, <c>12.5</c>, <c>-3</c>.</summary>
    public static string Exact(decimal value) => InvariantText.Exact(value);

    /// <summary>Thousands separators, at least 2 and at most 6 decimals: <c>1,234.50</c>, <c>0.000123</c>.</summary>
    public static string Table(decimal value) => value.ToString("#,##0.00####", CultureInfo.InvariantCulture);

    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);

    public static string Percent(decimal? ratio) =>
        ratio is { } r ? (r * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "n/a";

    public static string Date(DateTime? value) =>
        value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    public static string Timestamp(DateTimeOffset value) => InvariantText.Timestamp(value);
}
