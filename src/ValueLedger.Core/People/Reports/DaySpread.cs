namespace ValueLedger.Core.People.Reports;

/// <summary>
/// Spreads a figure of a period <c>[start, end)</c> over the calendar months it touches in proportion to days (the
/// last month takes what is left, so the months sum exactly to the figure). A period of no days counts wholly in the
/// month of its start.
/// </summary>
internal static class DaySpread
{
    /// <summary>Each touched month (its first day) with its share of every figure in <paramref name="values"/>.</summary>
    public static List<(DateOnly Month, decimal[] Values)> ByMonth(DateOnly start, DateOnly end, params decimal[] values)
    {
        var total = end.DayNumber - start.DayNumber;
        if (total <= 0)
        {
            return [(new DateOnly(start.Year, start.Month, 1), values)];
        }

        var result = new List<(DateOnly, decimal[])>();
        var spent = new decimal[values.Length];
        var cursor = start;
        while (cursor < end)
        {
            var month = new DateOnly(cursor.Year, cursor.Month, 1);
            var stop = month.AddMonths(1) < end ? month.AddMonths(1) : end;
            var share = new decimal[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                share[i] = stop == end ? values[i] - spent[i] : values[i] * (stop.DayNumber - cursor.DayNumber) / total;
                spent[i] += share[i];
            }

            result.Add((month, share));
            cursor = stop;
        }

        return result;
    }
}
