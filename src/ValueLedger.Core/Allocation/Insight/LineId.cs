using System.Globalization;

namespace ValueLedger.Core.Allocation.Insight;

/// <summary>
/// How a ledger line is named to users: <c>SOURCE_ID:SEQ</c> (e.g. <c>3:1207</c>), the import's id and the
/// record's ordinal within that import, which together identify a record.
/// </summary>
public readonly record struct LineId(long SourceId, long Seq)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{SourceId}:{Seq}");

    /// <summary>Parses <c>SOURCE_ID:SEQ</c> (two non-negative integers, invariant culture); false on anything else.</summary>
    public static bool TryParse(string? text, out LineId id)
    {
        id = default;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon <= 0)
        {
            return false;
        }

        const NumberStyles Digits = NumberStyles.None;
        if (!long.TryParse(text.AsSpan(0, colon), Digits, CultureInfo.InvariantCulture, out var source)
            || !long.TryParse(text.AsSpan(colon + 1), Digits, CultureInfo.InvariantCulture, out var seq))
        {
            return false;
        }

        id = new LineId(source, seq);
        return true;
    }
}
