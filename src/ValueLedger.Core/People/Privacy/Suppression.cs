namespace ValueLedger.Core.People.Privacy;

/// <summary>
/// Small-group suppression for figures that stand alone. Tables whose cells add up to shown totals must go through
/// <see cref="PeopleTable"/> instead, which adds complementary suppression.
/// </summary>
public static class Suppression
{
    /// <summary>Refuses a threshold below the floor of 5.</summary>
    public static int CheckK(int k) =>
        k >= PeopleSettings.FloorGroupSize ? k : throw new ArgumentOutOfRangeException(nameof(k), k, $"the privacy threshold k must be at least {PeopleSettings.FloorGroupSize}");

    /// <summary>A count standing alone: no data when null, below threshold when 1 … k−1.</summary>
    public static PeopleCount Count(int? count, int k)
    {
        CheckK(k);
        return count switch
        {
            null => PeopleCount.NoData,
            > 0 when count < k => PeopleCount.BelowThreshold,
            _ => PeopleCount.Of(count.Value, k),
        };
    }

    /// <summary>
    /// "Reached at least rung r" counts from a suppressed "highest rung reached" distribution (lowest rung first): shown
    /// only when every cell from r upwards is shown, so a cumulative count never differences to a suppressed cell.
    /// </summary>
    public static IReadOnlyList<PeopleCount> Cumulative(IReadOnlyList<PeopleCount> atRung, int k)
    {
        ArgumentNullException.ThrowIfNull(atRung);
        var result = new PeopleCount[atRung.Count];
        var sum = 0;
        var shown = true;
        var anyData = false;
        for (var r = atRung.Count - 1; r >= 0; r--)
        {
            var cell = atRung[r];
            anyData |= cell.State != CellState.NoData;
            shown &= cell.State != CellState.BelowThreshold;
            sum += cell.Count;
            result[r] = !anyData ? PeopleCount.NoData : shown ? PeopleCount.Of(sum, k) : PeopleCount.BelowThreshold;
        }

        return result;
    }
}
