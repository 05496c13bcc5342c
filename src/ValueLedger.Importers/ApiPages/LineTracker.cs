namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Turns byte offsets in a sliding read buffer into 1-based line numbers of the whole input, by
/// counting <c>\n</c> once, forwards only. Queries must not go backwards (values are met in order).
/// </summary>
internal sealed class LineTracker
{
    private long line = 1;
    private int cursor;

    /// <summary>The 1-based line of the byte at <paramref name="index"/> of <paramref name="buffer"/>.</summary>
    public long LineAt(ReadOnlySpan<byte> buffer, int index)
    {
        if (index > cursor)
        {
            line += buffer[cursor..index].Count((byte)'\n');
            cursor = index;
        }

        return line;
    }

    /// <summary>Accounts for the first <paramref name="count"/> bytes being dropped from the buffer.</summary>
    public void Discard(ReadOnlySpan<byte> buffer, int count)
    {
        LineAt(buffer, count);
        cursor -= count;
    }
}
