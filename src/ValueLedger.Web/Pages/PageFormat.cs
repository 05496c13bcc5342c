using System.Globalization;

namespace ValueLedger.Web.Pages;

/// <summary>How dashboard pages print figures: money exact (never rounded away), ratios as percentages, undefined as "n/a"; invariant culture.</summary>
internal static class PageFormat
{
    public const string NotApplicable = "n/a";

    /// <summary>A fraction as a percentage with 2 decimals (<c>0.4231</c> → <c>42.31 %</c>); "n/a" when undefined.</summary>
    public static string Percent(decimal? fraction) =>
        fraction is { } f ? decimal.Round(f * 100, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture) + " %" : NotApplicable;

    /// <summary>Exact money as stored (trailing zeros removed), e.g. <c>1234.5</c>.</summary>
    public static string Amount(decimal value) => Money.Exact(value);

    /// <summary>A count with thousands separators, e.g. <c>1,234,567</c>.</summary>
    public static string Count(long value) => value.ToString("#,##0", CultureInfo.InvariantCulture);
}
