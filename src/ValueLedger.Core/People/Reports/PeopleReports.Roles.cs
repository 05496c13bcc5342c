using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

public sealed partial class PeopleReports
{
    /// <summary>The role-redesign register with people affected suppressed below k.</summary>
    public Task<RoleRegisterReport> RolesAsync(CancellationToken cancellationToken) => RolesAsync(null, cancellationToken);

    /// <summary>
    /// The role-redesign register of <paramref name="businessUnits"/> (null = all): the rows, and people affected by
    /// business unit × kind with row, column and grand totals in one suppressed table. A row's count is shown only
    /// when its (unit, kind) cell is shown and the other rows of that cell do not give a hidden one away (the rows of
    /// a cell are suppressed as a line whose total is the cell).
    /// </summary>
    public async Task<RoleRegisterReport> RolesAsync(IReadOnlyCollection<string>? businessUnits, CancellationToken cancellationToken)
    {
        var k = K;
        var saved = await people.ListRoleChangesAsync(cancellationToken).ConfigureAwait(false);
        var changes = saved.Where(c => businessUnits is null || businessUnits.Contains(c.BusinessUnit, StringComparer.Ordinal))
            .OrderBy(c => c.BusinessUnit, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
        var units = Organisation.BusinessUnits.Select(b => b.Id)
            .Where(b => businessUnits is null || businessUnits.Contains(b, StringComparer.Ordinal))
            .Concat(changes.Select(c => c.BusinessUnit)).Distinct(StringComparer.Ordinal).ToList();
        var kinds = Enum.GetValues<RoleChangeKind>();

        var table = new PeopleTable(units.Count, kinds.Length);
        int Sum(string? unit, RoleChangeKind? kind) =>
            changes.Where(c => (unit is null || c.BusinessUnit == unit) && (kind is null || c.Kind == kind)).Sum(c => Math.Max(0, c.PeopleAffected));
        for (var r = 0; r < units.Count; r++)
        {
            for (var c = 0; c < kinds.Length; c++)
            {
                table.SetCell(r, c, Sum(units[r], kinds[c]));
            }

            table.SetRowTotal(r, Sum(units[r], null));
        }

        for (var c = 0; c < kinds.Length; c++)
        {
            table.SetColumnTotal(c, Sum(null, kinds[c]));
        }

        table.SetGrandTotal(Sum(null, null));
        var shown = table.Suppress(k);

        var rows = new List<RoleChangeRow>(changes.Count);
        foreach (var group in changes.GroupBy(c => (c.BusinessUnit, c.Kind)))
        {
            var members = group.ToList();
            var cell = shown.Cells[units.IndexOf(group.Key.BusinessUnit), Array.IndexOf(kinds, group.Key.Kind)];
            var line = new PeopleTable(members.Count, 1);
            for (var i = 0; i < members.Count; i++)
            {
                line.SetCell(i, 0, Math.Max(0, members[i].PeopleAffected));
            }

            line.SetColumnTotal(0, members.Sum(m => Math.Max(0, m.PeopleAffected)));
            var lineShown = line.Suppress(k);
            for (var i = 0; i < members.Count; i++)
            {
                var change = members[i];
                var count = cell.State == CellState.Value ? lineShown.Cells[i, 0] : PeopleCount.BelowThreshold;
                rows.Add(new RoleChangeRow(
                    change.Id, change.Role, change.BusinessUnit, change.Kind, count, change.ReskillingPlan,
                    change.ReskillingProgressPercent, change.UpdatedAt, change.UpdatedBy));
            }
        }

        return new RoleRegisterReport(
            k, [.. rows.OrderBy(r => r.BusinessUnit, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal)], units, shown);
    }
}
