using System.Runtime.CompilerServices;
using DuckDB.NET.Native;

namespace ValueLedger.Storage.DuckDb;

/// <summary>The value writers: each fills the current row's cell of the next column.</summary>
internal sealed unsafe partial class ChunkWriter
{
    private const int InlineLength = 12;
    private static readonly long UnixEpochTicks = DateTime.UnixEpoch.Ticks;
    private static readonly Int128[] PowersOfTen = PowersOfTenUpTo(MoneyScale);

    public void Null() => SetNull();

    public void Int64(long? value)
    {
        if (value is long number)
        {
            ((long*)data[column])[row] = number;
            SetValid();
        }
        else
        {
            SetNull();
        }
    }

    public void Byte(byte value)
    {
        data[column][row] = value;
        SetValid();
    }

    public void Boolean(bool? value)
    {
        if (value is bool flag)
        {
            data[column][row] = flag ? (byte)1 : (byte)0;
            SetValid();
        }
        else
        {
            SetNull();
        }
    }

    /// <summary>A UTC time as TIMESTAMP (microseconds; finer ticks are dropped, rounding down).</summary>
    public void Timestamp(DateTime? value)
    {
        if (value is DateTime time)
        {
            var (micros, rest) = long.DivRem(time.Ticks - UnixEpochTicks, TimeSpan.TicksPerMicrosecond);
            ((long*)data[column])[row] = rest < 0 ? micros - 1 : micros;
            SetValid();
        }
        else
        {
            SetNull();
        }
    }

    /// <summary>An amount with at most 18 decimals and |x| &lt; 10^20 as DECIMAL(38,18).</summary>
    public void Money(decimal? value)
    {
        if (value is decimal amount)
        {
            ((Int128*)data[column])[row] = Scaled(amount);
            SetValid();
        }
        else
        {
            SetNull();
        }
    }

    /// <summary>Valid UTF-8 text as VARCHAR.</summary>
    public void Text(ReadOnlySpan<byte> utf8)
    {
        var target = data[column] + (row * 16);
        if (utf8.Length <= InlineLength)
        {
            // duckdb_string_t inlined: uint32 length, then up to 12 bytes, zero-padded (compared whole).
            *(uint*)target = (uint)utf8.Length;
            var inline = new Span<byte>(target + 4, InlineLength);
            inline.Clear();
            utf8.CopyTo(inline);
        }
        else
        {
            fixed (byte* text = utf8)
            {
                // The unchecked variant skips DuckDB's UTF-8 validation: the text comes from .NET's encoder.
                NativeMethods.Vectors.DuckDBUnsafeVectorAssignStringElementLength(vectors[column], (ulong)row, text, utf8.Length);
            }
        }

        SetValid();
    }

    private static Int128[] PowersOfTenUpTo(int exponent)
    {
        var powers = new Int128[exponent + 1];
        powers[0] = 1;
        for (var i = 1; i <= exponent; i++)
        {
            powers[i] = powers[i - 1] * 10;
        }

        return powers;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Int128 Scaled(decimal amount)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(amount, bits);
        // The 96-bit mantissa's words are unsigned; reinterpreting them must not be overflow-checked.
        var mantissa = unchecked(((Int128)(uint)bits[2] << 64) | ((ulong)(uint)bits[1] << 32) | (uint)bits[0]);
        var scale = (bits[3] >> 16) & 0xFF;
        var scaled = mantissa * PowersOfTen[MoneyScale - scale];
        return bits[3] < 0 ? -scaled : scaled;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetValid()
    {
        validity[column][row >> 6] |= 1UL << (row & 63);
        column++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void SetNull()
    {
        validity[column][row >> 6] &= ~(1UL << (row & 63));
        column++;
    }
}
