using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// Parses one timestamp column to UTC, remembering the last text it parsed: FOCUS files repeat the
/// same billing period on every row and the same hourly charge period on many, so most rows cost a
/// 20-character comparison instead of a parse. The two shapes FOCUS files use
/// (<c>2024-09-18T22:00:00Z</c> and <c>2024-09-18 22:00:00</c>) take a fixed-position fast path;
/// anything else goes through <see cref="Values.TryParseUtc"/>.
/// </summary>
internal sealed class FocusTimestampColumn
{
    private const int MaxCachedLength = 64;
    private readonly char[] _lastText = new char[MaxCachedLength];
    private int _lastLength = -1;
    private DateTime _lastValue;

    /// <summary>Parses <paramref name="text"/> (not null or empty) to a UTC <see cref="DateTime"/>.</summary>
    public bool TryParse(ReadOnlySpan<char> text, out DateTime utc)
    {
        if (text.Length == _lastLength && text.SequenceEqual(_lastText.AsSpan(0, _lastLength)))
        {
            utc = _lastValue;
            return true;
        }

        if (!TryParseFixed(text, out utc) && !Values.TryParseUtc(text, out utc))
        {
            return false;
        }

        if (text.Length <= MaxCachedLength)
        {
            text.CopyTo(_lastText);
            _lastLength = text.Length;
            _lastValue = utc;
        }

        return true;
    }

    /// <summary>
    /// <c>yyyy-MM-ddTHH:mm:ssZ</c>, <c>yyyy-MM-ddTHH:mm:ss</c> or <c>yyyy-MM-dd HH:mm:ss</c>,
    /// all taken as UTC. Returns false for any other shape (the general parser then decides).
    /// </summary>
    internal static bool TryParseFixed(ReadOnlySpan<char> text, out DateTime utc)
    {
        utc = default;
        var length = text.Length;
        if (length is not (19 or 20)
            || (length == 20 && text[19] != 'Z')
            || text[4] != '-' || text[7] != '-' || (text[10] != 'T' && text[10] != ' ')
            || text[13] != ':' || text[16] != ':')
        {
            return false;
        }

        if (!TryDigits(text, 0, 4, out var year) || !TryDigits(text, 5, 2, out var month)
            || !TryDigits(text, 8, 2, out var day) || !TryDigits(text, 11, 2, out var hour)
            || !TryDigits(text, 14, 2, out var minute) || !TryDigits(text, 17, 2, out var second))
        {
            return false;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - '0';
            if ((uint)digit > 9)
            {
                return false;
            }

            value = (value * 10) + digit;
        }

        return true;
    }
}
