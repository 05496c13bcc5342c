using System.Globalization;

namespace ValueLedger.Core.Reconciliation;

/// <summary>
/// When a variance between cost of record and telemetry estimate counts as a flag. A row is over the
/// threshold only when both hold: |variance| is more than <see cref="Relative"/> of |cost of record|
/// (a fraction: 0.05 = 5 %), and |variance| is more than <see cref="MinimumVariance"/>, an amount in
/// the row's own currency, so that months of a few cents are not flagged for rounding noise.
/// </summary>
public sealed record VarianceThreshold(decimal Relative, decimal MinimumVariance)
{
    /// <summary>5 % and 1.00 in the row's currency.</summary>
    public static VarianceThreshold Default { get; } = new(0.05m, 1.00m);

    /// <summary>
    /// Parses a relative threshold: a percentage (<c>5%</c>, <c>12.5 %</c>, any non-negative value) or a
    /// fraction between 0 and 1 (<c>0.05</c>). Invariant culture: the decimal separator is a point.
    /// A bare number above 1 is refused as ambiguous (5 would mean 500 %).
    /// </summary>
    public static bool TryParseRelative(string? text, out decimal fraction, out string error)
    {
        fraction = 0m;
        var value = text?.Trim() ?? string.Empty;
        var percent = value.EndsWith('%');
        var number = percent ? value[..^1].TrimEnd() : value;
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            error = $"'{text}' is not a threshold; use a percentage such as 5% or a fraction such as 0.05";
            return false;
        }

        if (!percent && parsed > 1m)
        {
            error = $"'{text}' is ambiguous as a threshold; write {number}% for a percentage or a fraction between 0 and 1";
            return false;
        }

        fraction = percent ? parsed / 100m : parsed;
        error = string.Empty;
        return true;
    }

    /// <summary>Parses a non-negative amount with a decimal point (invariant culture), e.g. <c>1</c>, <c>0.50</c>.</summary>
    public static bool TryParseAmount(string? text, out decimal amount, out string error)
    {
        if (decimal.TryParse(text?.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            error = string.Empty;
            return true;
        }

        error = $"'{text}' is not an amount; use a non-negative number with a decimal point, e.g. 1 or 0.50";
        return false;
    }
}
