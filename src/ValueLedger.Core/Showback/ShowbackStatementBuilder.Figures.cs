using ValueLedger.Core.Allocation;

namespace ValueLedger.Core.Showback;

public static partial class ShowbackStatementBuilder
{
    private static readonly string[] ShareKinds = [AllocationShareKinds.Direct, AllocationShareKinds.TelemetrySplit, AllocationShareKinds.Shared, AllocationShareKinds.Unallocated];

    /// <summary>Share kinds in their reading order (direct first), unknown ones last.</summary>
    private static int ShareKindOrder(string kind)
    {
        var index = Array.IndexOf(ShareKinds, kind);
        return index < 0 ? ShareKinds.Length : index;
    }

    /// <summary>Currencies of this month or the previous one, each with its change; a currency only in the previous month shows 0 now.</summary>
    private static List<StatementTotal> Totals(List<ShowbackRow> current, List<ShowbackRow> previous)
    {
        var currencies = current.Concat(previous).Select(r => r.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var totals = new List<StatementTotal>();
        foreach (var currency in currencies)
        {
            var now = current.Where(r => r.Currency == currency).ToList();
            var before = previous.Where(r => r.Currency == currency).ToList();
            totals.Add(StatementTotal.Of(
                currency,
                now.Sum(r => r.Amount),
                now.Sum(r => r.Gross),
                now.Where(r => r.LineKind == AllocationLineKinds.Usage).Sum(r => r.Amount),
                before.Count == 0 ? null : before.Sum(r => r.Amount)));
        }

        return totals;
    }

    /// <summary>
    /// One line per (key, currency): by currency, then by <paramref name="order"/> when given, else by
    /// largest absolute amount; ties by key (ordinal), so the output is deterministic.
    /// </summary>
    private static List<StatementLine> Breakdown(
        List<ShowbackRow> rows,
        string section,
        Func<ShowbackRow, string> key,
        Func<string, string> label,
        Func<string, int>? order)
    {
        var lines = rows
            .GroupBy(r => (Key: key(r), r.Currency))
            .Select(g => new StatementLine(section, g.Key.Key, label(g.Key.Key), g.Key.Currency, g.Sum(r => r.Amount)))
            .OrderBy(l => l.Currency, StringComparer.Ordinal);
        var ordered = order is null
            ? lines.ThenByDescending(l => Math.Abs(l.Amount))
            : lines.ThenBy(l => order(l.Item));
        return ordered.ThenBy(l => l.Item, StringComparer.Ordinal).ToList();
    }
}
