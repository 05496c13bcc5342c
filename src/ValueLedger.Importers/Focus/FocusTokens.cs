using System.Globalization;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// Reads token counts from FOCUS AI charge lines: the token unit (<c>Tokens</c>, <c>1K Tokens</c>,
/// <c>1000000 Tokens</c>, <c>1M tokens</c>...) gives the multiplier, SkuPriceDetails
/// (TokenDirection, TokenCacheAction) or else the SkuMeter words give the direction. When either is
/// unclear the count is left unknown: a wrong token count would skew every split by telemetry.
/// </summary>
internal static class FocusTokens
{
    /// <summary>
    /// The number of tokens one unit of <paramref name="unit"/> stands for, or false when the unit
    /// is not a token unit. Accepted: an optional whole multiplier (digits, optionally followed by
    /// K = 1 000 or M = 1 000 000), then <c>Token</c> or <c>Tokens</c>, ignoring case.
    /// </summary>
    public static bool TryGetUnitMultiplier(ReadOnlySpan<char> unit, out long multiplier)
    {
        multiplier = 0;
        unit = unit.Trim();
        ReadOnlySpan<char> word;
        var space = unit.LastIndexOf(' ');
        word = space < 0 ? unit : unit[(space + 1)..];
        if (!word.Equals("tokens", StringComparison.OrdinalIgnoreCase) && !word.Equals("token", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (space < 0)
        {
            multiplier = 1;
            return true;
        }

        var number = unit[..space].TrimEnd();
        long scale = 1;
        if (number.Length > 0 && (number[^1] is 'K' or 'k'))
        {
            scale = 1_000;
            number = number[..^1];
        }
        else if (number.Length > 0 && (number[^1] is 'M' or 'm'))
        {
            scale = 1_000_000;
            number = number[..^1];
        }

        // At most 9 digits: no real unit is larger, and it keeps the product far from overflow.
        if (number.Length is 0 or > 9
            || !long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count == 0)
        {
            return false;
        }

        multiplier = count * scale;
        return true;
    }

    /// <summary>The direction stated by SkuPriceDetails, or <see cref="FocusTokenKind.Unknown"/>.</summary>
    public static FocusTokenKind KindFromDetails(string? direction, string? cacheAction)
    {
        var dir = direction?.Trim();
        var cache = cacheAction?.Trim();
        var isInput = dir is not null && dir.Equals("Input", StringComparison.OrdinalIgnoreCase);
        var isOutput = dir is not null && dir.Equals("Output", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(dir) && !isInput && !isOutput)
        {
            return FocusTokenKind.Unknown;
        }

        if (string.IsNullOrEmpty(cache) || cache.Equals("None", StringComparison.OrdinalIgnoreCase))
        {
            return isInput ? FocusTokenKind.Input : isOutput ? FocusTokenKind.Output : FocusTokenKind.Unknown;
        }

        // Cache reads and writes are input-side by definition; an output token with a cache action
        // is not something a provider bills, so it is left unknown.
        if (isOutput)
        {
            return FocusTokenKind.Unknown;
        }

        return cache.ToUpperInvariant() switch
        {
            "READ" or "HIT" => FocusTokenKind.CachedRead,
            "WRITE" or "CREATE" or "CREATION" => FocusTokenKind.CacheWrite,
            _ => FocusTokenKind.Unknown,
        };
    }

    /// <summary>
    /// The direction a SkuMeter names (<c>Input Tokens</c>, <c>Output Tokens</c>,
    /// <c>gpt-4o-0513-Inp-glbl</c>, <c>Cached Input Tokens</c>, <c>Cache Write Tokens</c>), judged on
    /// whole words; a meter naming both directions, or none, gives <see cref="FocusTokenKind.Unknown"/>.
    /// </summary>
    public static FocusTokenKind KindFromMeter(ReadOnlySpan<char> meter)
    {
        bool input = false, output = false, cached = false, cache = false, read = false, write = false;
        while (!meter.IsEmpty)
        {
            var start = 0;
            while (start < meter.Length && !char.IsAsciiLetter(meter[start]))
            {
                start++;
            }

            var end = start;
            while (end < meter.Length && char.IsAsciiLetter(meter[end]))
            {
                end++;
            }

            var word = meter[start..end];
            meter = meter[end..];
            input |= Is(word, "input") || Is(word, "inp") || Is(word, "prompt");
            output |= Is(word, "output") || Is(word, "outp") || Is(word, "completion") || Is(word, "completions");
            cached |= Is(word, "cached");
            cache |= Is(word, "cache");
            read |= Is(word, "read") || Is(word, "hit");
            write |= Is(word, "write") || Is(word, "creation");
        }

        if ((input && output) || (read && write))
        {
            return FocusTokenKind.Unknown;
        }

        if (cached || cache)
        {
            return output ? FocusTokenKind.Unknown
                : write ? FocusTokenKind.CacheWrite
                : (cached || read) ? FocusTokenKind.CachedRead
                : FocusTokenKind.Unknown;
        }

        return input ? FocusTokenKind.Input : output ? FocusTokenKind.Output : FocusTokenKind.Unknown;
    }

    /// <summary>
    /// <paramref name="quantity"/> units of <paramref name="multiplier"/> tokens, when that is a whole
    /// number that fits a <see cref="long"/>; otherwise null (a fractional token count means the
    /// unit or the quantity is not what it seems).
    /// </summary>
    public static long? Count(decimal quantity, long multiplier)
    {
        if (Math.Abs(quantity) > long.MaxValue / (decimal)multiplier)
        {
            return null;
        }

        var tokens = quantity * multiplier;
        return tokens == decimal.Truncate(tokens) ? (long)tokens : null;
    }

    private static bool Is(ReadOnlySpan<char> word, string expected) =>
        word.Equals(expected, StringComparison.OrdinalIgnoreCase);
}
