namespace ValueLedger.Core.Value.Scoreboard;

/// <summary>
/// Spreads one reviewed outcome record over the UTC calendar months its period [start, end) touches, in
/// proportion to days: a record for 20 Jan – 10 Feb (21 days) puts 12/21 of its counts, value and claim
/// in January and 9/21 in February. The last month takes what rounding left, so the months sum exactly
/// to the record. A period of no days (end ≤ start) counts wholly in the month of its start.
/// </summary>
public static class OutcomeSpread
{
    /// <summary>
    /// The months of a validated (<paramref name="validated"/> true: counts, value and one validated claim
    /// spread) or rejected record (only the one rejected claim spread; a rejected claim realised nothing).
    /// </summary>
    public static IReadOnlyList<OutcomeMonth> ByMonth(
        string initiative, DateOnly start, DateOnly end, string currency, decimal successful, decimal failed, decimal value, bool validated)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        ArgumentNullException.ThrowIfNull(currency);
        var whole = validated
            ? new OutcomeMonth(initiative, default, currency, successful, failed, value, 1, 0)
            : new OutcomeMonth(initiative, default, currency, 0, 0, 0, 0, 1);
        var totalDays = end.DayNumber - start.DayNumber;
        if (totalDays <= 0)
        {
            return [whole with { Month = MonthOf(start) }];
        }

        var months = new List<OutcomeMonth>();
        var spent = new OutcomeMonth(initiative, default, currency, 0, 0, 0, 0, 0);
        var cursor = start;
        while (cursor < end)
        {
            var next = new DateOnly(cursor.Year, cursor.Month, 1).AddMonths(1);
            var stop = next < end ? next : end;
            OutcomeMonth share;
            if (stop == end)
            {
                share = new OutcomeMonth(
                    initiative, MonthOf(cursor), currency, whole.Successful - spent.Successful, whole.Failed - spent.Failed, whole.Value - spent.Value,
                    whole.ValidatedClaims - spent.ValidatedClaims, whole.RejectedClaims - spent.RejectedClaims);
            }
            else
            {
                // Multiply before dividing: 21 × 12 / 21 is exactly 12, 21 × (12 / 21) is not.
                var days = stop.DayNumber - cursor.DayNumber;
                decimal Part(decimal amount) => amount * days / totalDays;
                share = new OutcomeMonth(
                    initiative, MonthOf(cursor), currency, Part(whole.Successful), Part(whole.Failed), Part(whole.Value),
                    Part(whole.ValidatedClaims), Part(whole.RejectedClaims));
                spent = spent with
                {
                    Successful = spent.Successful + share.Successful,
                    Failed = spent.Failed + share.Failed,
                    Value = spent.Value + share.Value,
                    ValidatedClaims = spent.ValidatedClaims + share.ValidatedClaims,
                    RejectedClaims = spent.RejectedClaims + share.RejectedClaims,
                };
            }

            months.Add(share);
            cursor = stop;
        }

        return months;
    }

    /// <summary>The first instant (UTC) of the month of a day.</summary>
    public static DateTime MonthOf(DateOnly day) => new(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc);
}
