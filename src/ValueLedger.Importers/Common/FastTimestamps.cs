namespace ValueLedger.Importers.Common;

/// <summary>
/// A fast path for the ISO 8601 timestamps that gateway logs write millions of times
/// (<c>2025-03-01 12:34:56.789012</c>, <c>2025-03-01T12:34:56.789Z</c>, <c>...+00:00</c>). Anything
/// else falls back to <see cref="Values.TryParseUtc"/>, so the accepted set is the same, only faster
/// for the common shapes (no format list is tried per value).
/// </summary>
internal static class FastTimestamps
{
    /// <summary>Parses to UTC; text without an offset is taken as UTC.</summary>
    public static bool TryParseUtc(ReadOnlySpan<char> text, out DateTime utc)
    {
        text = text.Trim();
        return TryParseIso(text, out utc) || Values.TryParseUtc(text, out utc);
    }

    private static bool TryParseIso(ReadOnlySpan<char> s, out DateTime utc)
    {
        utc = default;
        if (s.Length < 19 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        // Years 1 and 9999 are left to the slow path, where an offset could leave DateTime's range.
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        long ticks = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).Ticks;
        var i = 19;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            var start = i;
            long fraction = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                // Ticks are 100 ns: seven digits; further digits (nanoseconds) are dropped.
                if (i - start < 7)
                {
                    fraction = (fraction * 10) + (s[i] - '0');
                }

                i++;
            }

            if (i == start)
            {
                return false;
            }

            for (var n = Math.Min(i - start, 7); n < 7; n++)
            {
                fraction *= 10;
            }

            ticks += fraction;
        }

        if (i < s.Length)
        {
            var rest = s[i..];
            if (rest.Length == 1 && (rest[0] == 'Z' || rest[0] == 'z'))
            {
                // UTC already.
            }
            else if (!TryOffset(rest, out var offsetMinutes))
            {
                return false;
            }
            else
            {
                ticks -= offsetMinutes * TimeSpan.TicksPerMinute;
            }
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    /// <summary>"+HH:MM", "+HHMM" or "+HH" (or with "-"), in minutes east of UTC.</summary>
    private static bool TryOffset(ReadOnlySpan<char> s, out long minutes)
    {
        minutes = 0;
        if (s.Length < 3 || (s[0] != '+' && s[0] != '-') || !Digits(s, 1, 2, out var hours) || hours > 14)
        {
            return false;
        }

        var mins = 0;
        if (s.Length == 6 && s[3] == ':' && Digits(s, 4, 2, out var m1))
        {
            mins = m1;
        }
        else if (s.Length == 5 && Digits(s, 3, 2, out var m2))
        {
            mins = m2;
        }
        else if (s.Length != 3)
        {
            return false;
        }

        if (mins > 59)
        {
            return false;
        }

        minutes = (hours * 60) + mins;
        if (s[0] == '-')
        {
            minutes = -minutes;
        }

        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, int start, int count, out int value)
    {
        value = 0;
        for (var i = start; i < start + count; i++)
        {
            var c = s[i];
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
