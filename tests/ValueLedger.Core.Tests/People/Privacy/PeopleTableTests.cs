using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.Tests.People.Privacy;

public sealed class PeopleTableTests
{
    private const int K = 5;

    /// <summary>A table from rows of cells; row totals = row sums, column totals = column sums, grand total = sum.</summary>
    private static PeopleTable Summed(int?[][] rows)
    {
        var columns = rows[0].Length;
        var table = new PeopleTable(rows.Length, columns);
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                table.SetCell(r, c, rows[r][c]);
            }

            table.SetRowTotal(r, rows[r].Sum());
        }

        for (var c = 0; c < columns; c++)
        {
            table.SetColumnTotal(c, rows.Sum(row => row[c]));
        }

        table.SetGrandTotal(rows.Sum(row => row.Sum()));
        return table;
    }

    private static int?[] Row(SuppressedTable table, int row) => [.. table.Row(row).Select(c => c.Shown)];

    /// <summary>
    /// No shown line (row, column, totals) lets a hidden member be recovered: a line with a shown total has no hidden
    /// member, or at least two hidden whose true values add up to k or more.
    /// </summary>
    private static void AssertNotRecoverable(int?[][] truth, SuppressedTable shown)
    {
        var rows = truth.Length;
        var columns = truth[0].Length;
        void Line(IReadOnlyList<(PeopleCount Shown, int True)> members, PeopleCount total)
        {
            var hidden = members.Where(m => m.Shown.State == CellState.BelowThreshold).ToList();
            if (total.State != CellState.Value || hidden.Count == 0)
            {
                return;
            }

            Assert.True(hidden.Count >= 2, "a single hidden member of a line with a shown total is recoverable");
            Assert.True(hidden.Sum(h => h.True) >= K, "hidden members adding up to fewer than k people are a small group");
        }

        for (var r = 0; r < rows; r++)
        {
            Line([.. Enumerable.Range(0, columns).Select(c => (shown.Cells[r, c], truth[r][c] ?? 0))], shown.RowTotals[r]);
        }

        for (var c = 0; c < columns; c++)
        {
            Line([.. Enumerable.Range(0, rows).Select(r => (shown.Cells[r, c], truth[r][c] ?? 0))], shown.ColumnTotals[c]);
        }

        var grand = shown.GrandTotal ?? PeopleCount.NoData;
        Line([.. Enumerable.Range(0, rows).Select(r => (shown.RowTotals[r], truth[r].Sum() ?? 0))], grand);
        Line([.. Enumerable.Range(0, columns).Select(c => (shown.ColumnTotals[c], truth.Sum(row => row[c]) ?? 0))], grand);
    }

    [Fact]
    public void Suppress_AllCountsAtLeastK_ShowsEverything()
    {
        int?[][] truth = [[5, 0, 7], [6, 9, 0]];

        var shown = Summed(truth).Suppress(K);

        Assert.Equal([5, 0, 7], Row(shown, 0));
        Assert.Equal([6, 9, 0], Row(shown, 1));
        Assert.Equal([12, 15], shown.RowTotals.Select(t => t.Shown));
        Assert.Equal([11, 9, 7], shown.ColumnTotals.Select(t => t.Shown));
        Assert.Equal(27, shown.GrandTotal!.Value.Shown);
    }

    [Fact]
    public void Suppress_TeamOfFour_WholeRowHiddenZerosIncludedAndColumnsProtected()
    {
        int?[][] truth = [[4, 0, 0], [6, 9, 5], [7, 0, 8]];

        var shown = Summed(truth).Suppress(K);

        Assert.Equal([null, null, null], Row(shown, 0));
        Assert.Equal(CellState.BelowThreshold, shown.RowTotals[0].State);
        Assert.Equal(0, shown.Cells[0, 1].Count);
        AssertNotRecoverable(truth, shown);
    }

    [Fact]
    public void Suppress_OneSmallCellInRowWithShownTotal_AnotherCellOfTheRowHidden()
    {
        int?[][] truth = [[2, 8, 10], [5, 5, 5]];

        var shown = Summed(truth).Suppress(K);

        Assert.Equal(CellState.BelowThreshold, shown.Cells[0, 0].State);

        // Smallest shown non-zero cell of the row is the complement: 8.
        Assert.Equal(CellState.BelowThreshold, shown.Cells[0, 1].State);
        Assert.Equal(10, shown.Cells[0, 2].Shown);
        Assert.Equal(20, shown.RowTotals[0].Shown);
        AssertNotRecoverable(truth, shown);
    }

    [Fact]
    public void Suppress_ColumnWithOneSmallTeamCell_AnotherCellOfTheColumnHidden()
    {
        int?[][] truth = [[3, 10], [6, 10], [9, 10]];

        var shown = Summed(truth).Suppress(K);

        Assert.Equal(CellState.BelowThreshold, shown.Cells[0, 0].State);
        Assert.Contains(Enumerable.Range(1, 2), r => shown.Cells[r, 0].State == CellState.BelowThreshold);
        Assert.Equal(18, shown.ColumnTotals[0].Shown);
        AssertNotRecoverable(truth, shown);
    }

    [Fact]
    public void Suppress_TwoSmallCellsAddingToFewerThanK_ThirdCellHidden()
    {
        int?[][] truth = [[1, 2, 9, 8], [5, 5, 5, 5]];

        var shown = Summed(truth).Suppress(K);

        // 1 + 2 = 3 would be a small group recovered from 20 − 9 − 8: the 8 goes too.
        Assert.Equal([null, null, 9, null], Row(shown, 0));
        AssertNotRecoverable(truth, shown);
    }

    [Fact]
    public void Suppress_ZeroCounts_ShownAndNeverChosenAsComplements()
    {
        int?[][] truth = [[0, 3, 0, 6], [0, 5, 0, 5]];

        var shown = Summed(truth).Suppress(K);

        Assert.Equal(0, shown.Cells[0, 0].Shown);
        Assert.Equal(0, shown.Cells[0, 2].Shown);
        Assert.Equal(CellState.BelowThreshold, shown.Cells[0, 3].State);
        AssertNotRecoverable(truth, shown);
    }

    [Fact]
    public void Suppress_NullCell_IsNoDataNeverBelowThreshold()
    {
        var table = new PeopleTable(1, 2);
        table.SetCell(0, 0, null);
        table.SetCell(0, 1, 7);
        table.SetRowTotal(0, 7);

        var shown = table.Suppress(K);

        Assert.Equal(CellState.NoData, shown.Cells[0, 0].State);
        Assert.Equal(7, shown.Cells[0, 1].Shown);
        Assert.Empty(shown.ColumnTotals);
        Assert.Null(shown.GrandTotal);
    }

    [Fact]
    public void Suppress_PersonInTwoTeams_TotalsBelowSumsStillProtected()
    {
        // Two teams of 6 share 2 people: the organisation's distinct total is 10, not 12; 3 are at rung 1 overall.
        var table = new PeopleTable(2, 2);
        table.SetCell(0, 0, 3);
        table.SetCell(0, 1, 3);
        table.SetCell(1, 0, 0);
        table.SetCell(1, 1, 6);
        table.SetRowTotal(0, 6);
        table.SetRowTotal(1, 6);
        table.SetColumnTotal(0, 3);
        table.SetColumnTotal(1, 7);
        table.SetGrandTotal(10);

        var shown = table.Suppress(K);

        Assert.Equal(CellState.BelowThreshold, shown.Cells[0, 0].State);
        Assert.Equal(CellState.BelowThreshold, shown.Cells[0, 1].State);
        Assert.Equal(CellState.BelowThreshold, shown.ColumnTotals[0].State);

        // Grand 10 with column 1 at 7 shown would give away column 0's 3.
        Assert.False(shown.ColumnTotals[1].State == CellState.Value && shown.GrandTotal!.Value.State == CellState.Value);
    }

    [Fact]
    public void Suppress_ComplementedTeamTotal_DoesNotHideTheTeamsCells()
    {
        // Teams × rungs with team totals and a grand total only. Team 0 has 4 people: its total is hidden, so the
        // grand total would give it away unless another team's total goes too: team 1 (20). Team 1's cells are each
        // 0 or at least k, so only one more of them is hidden to protect its total; the rest stay shown.
        int?[][] truth = [[4, 0], [8, 12], [15, 15]];
        var table = new PeopleTable(3, 2);
        for (var r = 0; r < 3; r++)
        {
            table.SetCell(r, 0, truth[r][0]);
            table.SetCell(r, 1, truth[r][1]);
            table.SetRowTotal(r, truth[r].Sum());
        }

        table.SetGrandTotal(54);

        var shown = table.Suppress(K);

        Assert.Equal(CellState.BelowThreshold, shown.RowTotals[0].State);
        Assert.Equal(CellState.BelowThreshold, shown.RowTotals[1].State);
        Assert.Equal([null, 12], Row(shown, 1));
        Assert.Equal([15, 15], Row(shown, 2));
        Assert.Equal(30, shown.RowTotals[2].Shown);
    }

    [Fact]
    public void Suppress_KBelowFive_Refused()
    {
        var table = Summed([[1]]);

        Assert.Throws<ArgumentOutOfRangeException>(() => table.Suppress(4));
    }

    [Fact]
    public void SetCell_Negative_Refused()
    {
        var table = new PeopleTable(1, 1);

        Assert.Throws<ArgumentOutOfRangeException>(() => table.SetCell(0, 0, -1));
    }

    [Fact]
    public void Suppress_TotalBelowSumByFewerThanK_TotalHidden()
    {
        // Teams of 10 and 10 with 2 people in both: 18 distinct would tell that 2 are counted twice.
        var table = new PeopleTable(2, 1);
        table.SetCell(0, 0, 10);
        table.SetCell(1, 0, 10);
        table.SetColumnTotal(0, 18);

        var shown = table.Suppress(K);

        Assert.Equal(CellState.BelowThreshold, shown.ColumnTotals[0].State);
    }

    [Fact]
    public void Suppress_TotalBelowSumByK_Shown()
    {
        var table = new PeopleTable(2, 1);
        table.SetCell(0, 0, 10);
        table.SetCell(1, 0, 10);
        table.SetColumnTotal(0, 15);

        var shown = table.Suppress(K);

        Assert.Equal(15, shown.ColumnTotals[0].Shown);
    }
}
