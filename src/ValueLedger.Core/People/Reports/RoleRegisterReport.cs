using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Core.People.Reports;

/// <summary>A role-redesign entry as shown: people affected as a suppressed count.</summary>
public sealed record RoleChangeRow(
    string Id, string Role, string BusinessUnit, RoleChangeKind Kind, PeopleCount PeopleAffected, string? ReskillingPlan,
    int ReskillingProgressPercent, DateTimeOffset UpdatedAt, string UpdatedBy);

/// <summary>
/// The role-redesign register: its rows, and people affected by kind (augmented, changed, displaced, created — both
/// halves shown) per business unit and in total, suppressed with complementary suppression.
/// </summary>
public sealed record RoleRegisterReport(
    int K,
    IReadOnlyList<RoleChangeRow> Rows,
    IReadOnlyList<string> BusinessUnits,
    SuppressedTable PeopleByUnitAndKind);
