using System.Globalization;

namespace ValueLedger.Core.People.Privacy;

/// <summary>
/// A count of people as it may be shown. A suppressed count does not carry its value (<see cref="Count"/> is 0), so it
/// cannot leak through a serialiser or a log. Build one with <see cref="Suppression"/> or <see cref="PeopleTable"/>.
/// </summary>
public readonly record struct PeopleCount
{
    private PeopleCount(CellState state, int count)
    {
        State = state;
        Count = count;
    }

    public static PeopleCount NoData { get; } = new(CellState.NoData, 0);

    public static PeopleCount BelowThreshold { get; } = new(CellState.BelowThreshold, 0);

    public CellState State { get; }

    /// <summary>The count when <see cref="State"/> is <see cref="CellState.Value"/>; otherwise 0.</summary>
    public int Count { get; }

    /// <summary>The count when shown, else null.</summary>
    public int? Shown => State == CellState.Value ? Count : null;

    /// <summary>A count that is safe to show: 0, or at least <paramref name="k"/>. Anything between is refused.</summary>
    public static PeopleCount Of(int count, int k)
    {
        if (count < 0 || (count > 0 && count < k))
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"a people count shown must be 0 or at least k = {k}");
        }

        return new(CellState.Value, count);
    }

    /// <summary>The count as shown: the number, "below threshold" or "no data".</summary>
    public override string ToString() => State switch
    {
        CellState.Value => Count.ToString("N0", CultureInfo.InvariantCulture),
        CellState.BelowThreshold => "below threshold",
        _ => "no data",
    };
}
