using System.Globalization;

namespace ValueLedger.Web.Charts;

/// <summary>
/// Maps values onto the SVG's y axis with "nice" ticks (1, 2, 2.5, 5 × 10^n). Geometry only: the figures shown in
/// text and tables stay exact decimals; doubles here place pixels.
/// </summary>
public sealed class ChartScale
{
    private ChartScale(double min, double max, IReadOnlyList<double> ticks)
    {
        Min = min;
        Max = max;
        Ticks = ticks;
    }

    public double Min { get; }

    public double Max { get; }

    public IReadOnlyList<double> Ticks { get; }

    public static ChartScale For(IEnumerable<decimal?> values, int tickCount = 5)
    {
        var present = values.Where(v => v is not null).Select(v => (double)v!.Value).ToList();
        var low = present.Count == 0 ? 0 : Math.Min(0, present.Min());
        var high = present.Count == 0 ? 1 : Math.Max(0, present.Max());
        if (high - low < 1e-9)
        {
            high = low + 1;
        }

        var step = NiceStep((high - low) / tickCount);
        var min = Math.Floor(low / step) * step;
        var max = Math.Ceiling(high / step) * step;
        var ticks = new List<double>();
        for (var t = min; t <= max + step / 2; t += step)
        {
            ticks.Add(Math.Round(t, 10));
        }

        return new ChartScale(min, max, ticks);
    }

    /// <summary>The y pixel of <paramref name="value"/> in a plot from <paramref name="top"/> to <paramref name="bottom"/>.</summary>
    public double Y(double value, double top, double bottom) => bottom - ((value - Min) / (Max - Min) * (bottom - top));

    /// <summary>A short tick label: 1.2M, 35k, 250, 0.5.</summary>
    public static string Compact(double value)
    {
        var abs = Math.Abs(value);
        return abs >= 1e6 ? (value / 1e6).ToString("0.##", CultureInfo.InvariantCulture) + "M"
            : abs >= 1e3 ? (value / 1e3).ToString("0.##", CultureInfo.InvariantCulture) + "k"
            : value.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>An SVG coordinate (invariant culture, 1 decimal).</summary>
    public static string Px(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
