using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using static ValueLedger.Core.Tests.People.PeopleTestWorld;

namespace ValueLedger.Core.Tests.People;

public sealed class RoleRegisterTests
{
    private static PeopleTestWorld World() => new()
    {
        Organisation = Core.Organisation.Organisation.Empty with { BusinessUnits = [Unit("ops"), Unit("sales")] },
    };

    private static RoleChange Role(string id, string bu, RoleChangeKind kind, int people) =>
        new(id, id, bu, kind, people, "plan", 40, DateTimeOffset.UnixEpoch, "admin");

    [Fact]
    public async Task Roles_AllCountsLarge_TableWithTotals()
    {
        var world = World();
        await world.People.SaveRoleChangeAsync(Role("agent", "ops", RoleChangeKind.Augmented, 12), CancellationToken.None);
        await world.People.SaveRoleChangeAsync(Role("prompt-lead", "ops", RoleChangeKind.Created, 5), CancellationToken.None);
        await world.People.SaveRoleChangeAsync(Role("clerk", "sales", RoleChangeKind.Displaced, 7), CancellationToken.None);

        var report = await world.Reports.RolesAsync(CancellationToken.None);

        Assert.Equal(["ops", "sales"], report.BusinessUnits);
        Assert.Equal([12, 0, 0, 5], report.PeopleByUnitAndKind.Row(0).Select(c => c.Shown));
        Assert.Equal([0, 0, 7, 0], report.PeopleByUnitAndKind.Row(1).Select(c => c.Shown));
        Assert.Equal([17, 7], report.PeopleByUnitAndKind.RowTotals.Select(c => c.Shown));
        Assert.Equal([12, 0, 7, 5], report.PeopleByUnitAndKind.ColumnTotals.Select(c => c.Shown));
        Assert.Equal(24, report.PeopleByUnitAndKind.GrandTotal!.Value.Shown);
        Assert.Equal(["agent", "prompt-lead", "clerk"], report.Rows.Select(r => r.Id));
        Assert.Equal([12, 5, 7], report.Rows.Select(r => r.PeopleAffected.Shown));
    }

    [Fact]
    public async Task Roles_SmallRoleInsideShownCell_BothRowsOfTheCellHidden()
    {
        var world = World();
        await world.People.SaveRoleChangeAsync(Role("agent", "ops", RoleChangeKind.Augmented, 9), CancellationToken.None);
        await world.People.SaveRoleChangeAsync(Role("analyst", "ops", RoleChangeKind.Augmented, 3), CancellationToken.None);

        var report = await world.Reports.RolesAsync(CancellationToken.None);

        // The cell (12) is shown; 12 − 9 would give the 3 away, so the 9 is hidden too.
        Assert.Equal(12, report.PeopleByUnitAndKind.Cells[0, 0].Shown);
        Assert.All(report.Rows, r => Assert.Equal(CellState.BelowThreshold, r.PeopleAffected.State));
    }

    [Fact]
    public async Task Roles_SmallCell_HiddenWithComplementsAndItsRowsHidden()
    {
        var world = World();
        await world.People.SaveRoleChangeAsync(Role("agent", "ops", RoleChangeKind.Augmented, 12), CancellationToken.None);
        await world.People.SaveRoleChangeAsync(Role("clerk", "ops", RoleChangeKind.Displaced, 3), CancellationToken.None);
        await world.People.SaveRoleChangeAsync(Role("rep", "sales", RoleChangeKind.Augmented, 8), CancellationToken.None);

        var report = await world.Reports.RolesAsync(CancellationToken.None);

        var table = report.PeopleByUnitAndKind;
        Assert.Equal(CellState.BelowThreshold, table.Cells[0, 2].State);
        Assert.Equal(CellState.BelowThreshold, report.Rows.Single(r => r.Id == "clerk").PeopleAffected.State);

        // ops row total 15 shown → the 12 goes too; then the augmented column (20) → sales' 8 goes too.
        Assert.Equal(CellState.BelowThreshold, table.Cells[0, 0].State);
        Assert.Equal(CellState.BelowThreshold, table.Cells[1, 0].State);
        Assert.All(report.Rows, r => Assert.Null(r.PeopleAffected.Shown));
    }

    [Fact]
    public async Task Roles_Scoped_OnlyThatUnit()
    {
        var world = World();
        await world.People.SaveRoleChangeAsync(Role("agent", "ops", RoleChangeKind.Augmented, 12), CancellationToken.None);
        await world.People.SaveRoleChangeAsync(Role("rep", "sales", RoleChangeKind.Augmented, 8), CancellationToken.None);

        var report = await world.Reports.RolesAsync(["sales"], CancellationToken.None);

        Assert.Equal(["sales"], report.BusinessUnits);
        Assert.Equal(["rep"], report.Rows.Select(r => r.Id));
        Assert.Equal(8, report.PeopleByUnitAndKind.GrandTotal!.Value.Shown);
    }
}
