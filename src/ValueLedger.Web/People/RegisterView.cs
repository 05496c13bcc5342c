using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Core.Value;
using ValueLedger.Web.Security;

namespace ValueLedger.Web.People;

/// <summary>
/// The registers as the caller may see them. The resistance map is organisation-wide. The role register is scoped: a
/// bu-owner sees only their units' rows and table lines, never the all-unit totals (the table was suppressed as a whole,
/// so hiding lines only removes information).
/// </summary>
internal static class RegisterView
{
    public static ResistanceDto Resistance(ResistanceEntry e)
    {
        var builtIn = e.UpdatedBy == OperatingModelRegisters.SeedActor && e.UpdatedAt == DateTimeOffset.UnixEpoch;
        return new ResistanceDto(e.Id, e.StakeholderGroup, e.Resistance, e.Counter, e.Owner, KebabCase.Of(e.Status), builtIn, builtIn ? null : Money.Timestamp(e.UpdatedAt));
    }

    public static RoleChangeDto Role(RoleChangeRow r) => new(
        r.Id, r.Role, r.BusinessUnit, KebabCase.Of(r.Kind), r.PeopleAffected, r.ReskillingPlan, r.ReskillingProgressPercent, Money.Timestamp(r.UpdatedAt));

    /// <summary>The register limited to the units <paramref name="user"/> may see.</summary>
    public static RoleRegisterReport Scoped(RoleRegisterReport report, CurrentUser user) =>
        report with { Rows = [.. report.Rows.Where(r => user.CanSeeBu(r.BusinessUnit))] };

    /// <summary>The table lines of the units the user may see, by row index into the report's business units.</summary>
    public static IEnumerable<(int Row, string Unit)> VisibleUnits(RoleRegisterReport report, CurrentUser user) =>
        report.BusinessUnits.Select((unit, row) => (row, unit)).Where(x => user.CanSeeBu(x.unit));

    public static RoleRegisterDto Dto(RoleRegisterReport report, CurrentUser user)
    {
        var table = report.PeopleByUnitAndKind;
        var units = VisibleUnits(report, user)
            .Select(x => Line(x.Unit, table.Row(x.Row), table.RowTotals.Count > x.Row ? table.RowTotals[x.Row] : null))
            .ToList();
        RoleUnitDto? totals = user.SeesAllBusinessUnits && table.ColumnTotals.Count > 0 ? Line(null, table.ColumnTotals, table.GrandTotal) : null;
        return new RoleRegisterDto(report.K, [.. Scoped(report, user).Rows.Select(Role)], units, totals);
    }

    /// <summary>Cells in <see cref="RoleChangeKind"/> order (augmented, changed, displaced, created).</summary>
    private static RoleUnitDto Line(string? unit, IReadOnlyList<PeopleCount> cells, PeopleCount? total) => new(
        unit, Cell(cells, RoleChangeKind.Augmented), Cell(cells, RoleChangeKind.Changed),
        Cell(cells, RoleChangeKind.Displaced), Cell(cells, RoleChangeKind.Created),
        total);

    public static PeopleCount Cell(IReadOnlyList<PeopleCount> cells, RoleChangeKind kind) =>
        (int)kind < cells.Count ? cells[(int)kind] : PeopleCount.NoData;
}
