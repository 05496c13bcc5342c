using ValueLedger.Core.People;
using ValueLedger.Core.People.Privacy;
using ValueLedger.Core.People.Reports;
using ValueLedger.Web.People;

namespace ValueLedger.Web.Pages.People;

/// <summary>
/// What <c>/registers</c> renders: the role register (<see cref="Roles"/> scoped rows of
/// <see cref="Full"/>), the table lines of the visible units, the all-unit totals only when <see cref="SeesAll"/>, and
/// whether the user may edit (admin or finance). <see cref="Units"/> are the business units offered in the role form.
/// </summary>
public sealed record RegistersPageModel(
    RoleRegisterReport Full, RoleRegisterReport Roles, IReadOnlyList<(int Row, string Unit)> UnitLines,
    bool SeesAll, bool CanEdit, IReadOnlyList<KeyValuePair<string, string>> Units)
{
    public static IReadOnlyList<ResistanceStatus> Statuses { get; } = Enum.GetValues<ResistanceStatus>();

    public static IReadOnlyList<RoleChangeKind> Kinds { get; } = Enum.GetValues<RoleChangeKind>();

    public static string Kebab<T>(T value)
        where T : struct, Enum => Core.Value.KebabCase.Of(value);

    public static bool IsBuiltIn(ResistanceEntry e) => e.UpdatedBy == OperatingModelRegisters.SeedActor && e.UpdatedAt == DateTimeOffset.UnixEpoch;

    public static string PeopleAttribute(PeopleCount count) => BehaviourCells.Attribute(count.State, count.Count);

    public static string CountText(PeopleCount count) => count.ToString();

    public static PeopleCount Cell(IReadOnlyList<PeopleCount> cells, RoleChangeKind kind) => RegisterView.Cell(cells, kind);

    public PeopleCount? RowTotal(int row) => Full.PeopleByUnitAndKind.RowTotals.Count > row ? Full.PeopleByUnitAndKind.RowTotals[row] : null;
}
