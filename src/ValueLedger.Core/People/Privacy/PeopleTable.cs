namespace ValueLedger.Core.People.Privacy;

/// <summary>
/// A table of people counts (rows × columns, e.g. teams × ladder rungs) with optional row totals, column totals and a
/// grand total, suppressed for display by <see cref="Suppress"/>:
/// <list type="number">
/// <item>Primary: every count of 1 … k−1 people is suppressed; a row whose total is suppressed is suppressed whole
/// (zeros included: "none of a team of 4" is about each of the 4).</item>
/// <item>Complementary: in every line — a row with its total, a column with its total, the totals row with the grand
/// total, the totals column with the grand total — a suppressed cell must not be recoverable by subtraction: a line
/// with exactly one suppressed member, or whose suppressed interior cells add up to fewer than k people while its total
/// is shown, gets its smallest shown non-zero cell suppressed too (its total when no cell is left). Repeated until
/// stable. A team total hidden only as such a complement does not hide its row.</item>
/// </list>
/// Totals need not be the sums of their cells (a person in two teams counts once in a business unit's total); the
/// rules are applied as if they were, and a fully shown line whose total differs from its sum by 1 … k−1 (that many
/// people counted twice) gets its total suppressed. Null means "no data" and is never suppressed.
/// </summary>
public sealed class PeopleTable
{
    private readonly int?[,] _cells;
    private readonly int?[] _rowTotals;
    private readonly int?[] _columnTotals;
    private int? _grandTotal;

    public PeopleTable(int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        _cells = new int?[rows, columns];
        _rowTotals = new int?[rows];
        _columnTotals = new int?[columns];
    }

    public int Rows => _rowTotals.Length;

    public int Columns => _columnTotals.Length;

    public bool HasRowTotals { get; private set; }

    public bool HasColumnTotals { get; private set; }

    public bool HasGrandTotal { get; private set; }

    public void SetCell(int row, int column, int? count) => _cells[row, column] = NonNegative(count);

    public void SetRowTotal(int row, int? count)
    {
        _rowTotals[row] = NonNegative(count);
        HasRowTotals = true;
    }

    public void SetColumnTotal(int column, int? count)
    {
        _columnTotals[column] = NonNegative(count);
        HasColumnTotals = true;
    }

    public void SetGrandTotal(int? count)
    {
        _grandTotal = NonNegative(count);
        HasGrandTotal = true;
    }

    /// <summary>The table as it may be shown under threshold <paramref name="k"/> (at least 5).</summary>
    public SuppressedTable Suppress(int k)
    {
        Suppression.CheckK(k);
        var rows = Rows;
        var columns = Columns;

        // Members: interior cells, then row totals, then column totals, then the grand total.
        var values = new List<int?>();
        var present = new List<bool>();
        int Cell(int r, int c) => (r * columns) + c;
        int RowTotal(int r) => (rows * columns) + r;
        int ColumnTotal(int c) => (rows * columns) + rows + c;
        var grand = (rows * columns) + rows + columns;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values.Add(_cells[r, c]);
                present.Add(true);
            }
        }

        for (var r = 0; r < rows; r++)
        {
            values.Add(_rowTotals[r]);
            present.Add(HasRowTotals);
        }

        for (var c = 0; c < columns; c++)
        {
            values.Add(_columnTotals[c]);
            present.Add(HasColumnTotals);
        }

        values.Add(_grandTotal);
        present.Add(HasGrandTotal);

        var suppressed = new bool[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            suppressed[i] = present[i] && values[i] is > 0 and var v && v < k;
        }

        // Lines: (interior members, total member or -1).
        var lines = new List<(int[] Members, int Total)>();
        for (var r = 0; r < rows; r++)
        {
            lines.Add(([.. Enumerable.Range(0, columns).Select(c => Cell(r, c))], HasRowTotals ? RowTotal(r) : -1));
        }

        for (var c = 0; c < columns; c++)
        {
            lines.Add(([.. Enumerable.Range(0, rows).Select(r => Cell(r, c))], HasColumnTotals ? ColumnTotal(c) : -1));
        }

        if (HasColumnTotals)
        {
            lines.Add(([.. Enumerable.Range(0, columns).Select(ColumnTotal)], HasGrandTotal ? grand : -1));
        }

        if (HasRowTotals)
        {
            lines.Add(([.. Enumerable.Range(0, rows).Select(RowTotal)], HasGrandTotal ? grand : -1));
        }

        bool changed;
        do
        {
            changed = false;

            // A small team (row total of 1 … k−1) hides its whole row. A total hidden only as a complement (k or more
            // people) does not: its cells are 0 or at least k, and the line rules below protect the total.
            for (var r = 0; r < rows && HasRowTotals; r++)
            {
                if (values[RowTotal(r)] is > 0 and var size && size < k)
                {
                    for (var c = 0; c < columns; c++)
                    {
                        if (values[Cell(r, c)] is not null && !suppressed[Cell(r, c)])
                        {
                            suppressed[Cell(r, c)] = true;
                            changed = true;
                        }
                    }
                }
            }

            foreach (var (members, total) in lines)
            {
                if (total < 0 && members.Length < 2)
                {
                    continue;
                }

                var hidden = members.Where(m => suppressed[m]).ToList();
                var totalHidden = total >= 0 && suppressed[total];
                var hiddenCount = hidden.Count + (totalHidden ? 1 : 0);
                if (hiddenCount == 0)
                {
                    // A total that is not the sum of its shown cells (people in two teams counted once) tells how many
                    // were counted twice: a group too, hidden under k by hiding the total.
                    if (total >= 0 && values[total] is { } shownTotal
                        && Math.Abs(members.Sum(m => values[m] ?? 0) - shownTotal) is > 0 and var overlap && overlap < k)
                    {
                        suppressed[total] = true;
                        changed = true;
                    }

                    continue;
                }

                // Without a total a line is only a list of cells: nothing to subtract from.
                if (total < 0)
                {
                    continue;
                }

                var hiddenSum = hidden.Sum(m => values[m] ?? 0);
                var safe = hiddenCount >= 2 && (totalHidden || hiddenSum >= k);
                if (safe)
                {
                    continue;
                }

                var candidate = members
                    .Where(m => !suppressed[m] && values[m] is > 0)
                    .OrderBy(m => values[m])
                    .ThenBy(m => m)
                    .Select(m => (int?)m)
                    .FirstOrDefault();
                if (candidate is { } chosen)
                {
                    suppressed[chosen] = true;
                    changed = true;
                }
                else if (!totalHidden && values[total] is not null)
                {
                    suppressed[total] = true;
                    changed = true;
                }
            }
        }
        while (changed);

        PeopleCount Shown(int member) =>
            values[member] is not { } value ? PeopleCount.NoData
            : suppressed[member] ? PeopleCount.BelowThreshold
            : PeopleCount.Of(value, k);

        var cells = new PeopleCount[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = Shown(Cell(r, c));
            }
        }

        return new SuppressedTable(
            cells,
            HasRowTotals ? [.. Enumerable.Range(0, rows).Select(r => Shown(RowTotal(r)))] : [],
            HasColumnTotals ? [.. Enumerable.Range(0, columns).Select(c => Shown(ColumnTotal(c)))] : [],
            HasGrandTotal ? Shown(grand) : null);
    }

    private static int? NonNegative(int? count) =>
        count is < 0 ? throw new ArgumentOutOfRangeException(nameof(count), count, "a people count cannot be negative") : count;
}

/// <summary>A <see cref="PeopleTable"/> as it may be shown.</summary>
public sealed record SuppressedTable(
    PeopleCount[,] Cells, IReadOnlyList<PeopleCount> RowTotals, IReadOnlyList<PeopleCount> ColumnTotals, PeopleCount? GrandTotal)
{
    /// <summary>One row of cells, left to right.</summary>
    public IReadOnlyList<PeopleCount> Row(int row) => [.. Enumerable.Range(0, Cells.GetLength(1)).Select(c => Cells[row, c])];
}
