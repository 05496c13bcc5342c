namespace ValueLedger.Core.Organisation;

/// <summary>Rule globs: <c>*</c> stands for any run of characters (also none); comparison ignores case.</summary>
public static class Glob
{
    public static bool IsMatch(string glob, string? value)
    {
        ArgumentNullException.ThrowIfNull(glob);
        if (value is null)
        {
            return false;
        }

        var parts = glob.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(glob, value, StringComparison.OrdinalIgnoreCase);
        }

        if (!value.StartsWith(parts[0], StringComparison.OrdinalIgnoreCase) || !value.EndsWith(parts[^1], StringComparison.OrdinalIgnoreCase)
            || value.Length < parts[0].Length + parts[^1].Length)
        {
            return false;
        }

        var position = parts[0].Length;
        var end = value.Length - parts[^1].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = value.IndexOf(parts[i], position, end - position, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            position = found + parts[i].Length;
        }

        return true;
    }

    /// <summary>
    /// Whether some value could match both globs. Conservative (may say yes when the middle parts
    /// cannot agree) because it only feeds a warning; exact when at least one side has no <c>*</c>.
    /// </summary>
    public static bool CanOverlap(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (!a.Contains('*', StringComparison.Ordinal))
        {
            return IsMatch(b, a);
        }

        if (!b.Contains('*', StringComparison.Ordinal))
        {
            return IsMatch(a, b);
        }

        var prefixA = a[..a.IndexOf('*', StringComparison.Ordinal)];
        var prefixB = b[..b.IndexOf('*', StringComparison.Ordinal)];
        var suffixA = a[(a.LastIndexOf('*') + 1)..];
        var suffixB = b[(b.LastIndexOf('*') + 1)..];
        return Compatible(prefixA, prefixB, (x, y) => x.StartsWith(y, StringComparison.OrdinalIgnoreCase))
            && Compatible(suffixA, suffixB, (x, y) => x.EndsWith(y, StringComparison.OrdinalIgnoreCase));
    }

    private static bool Compatible(string x, string y, Func<string, string, bool> contains) =>
        x.Length >= y.Length ? contains(x, y) : contains(y, x);
}
