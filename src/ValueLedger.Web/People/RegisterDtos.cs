using ValueLedger.Core.People.Privacy;

namespace ValueLedger.Web.People;

// The operating-model registers on the wire. Timestamps UTC ISO 8601; kinds and statuses kebab-case. The actor who last
// edited an entry is not returned (the audit log has it); people affected is a suppressed count.

/// <summary>One row of the resistance-and-enabler map; <c>builtIn</c> while it is the article's seed, unedited.</summary>
internal sealed record ResistanceDto(
    string Id, string StakeholderGroup, string Resistance, string Counter, string? Owner, string Status, bool BuiltIn, string? UpdatedAt);

internal sealed record ResistanceListDto(IReadOnlyList<ResistanceDto> Entries);

/// <summary>PUT body of a resistance entry (every field but owner required; status open, in-progress or addressed).</summary>
internal sealed record ResistanceRequest(string? StakeholderGroup, string? Resistance, string? Counter, string? Owner, string? Status);

/// <summary>One role-redesign entry: kind augmented, changed, displaced or created; reskilling progress 0–100 %.</summary>
internal sealed record RoleChangeDto(
    string Id, string Role, string BusinessUnit, string Kind, PeopleCount PeopleAffected, string? ReskillingPlan, int ReskillingProgressPercent, string UpdatedAt);

/// <summary>People affected in one business unit by kind (both halves: augmented and created beside changed and displaced), suppressed.</summary>
internal sealed record RoleUnitDto(string? BusinessUnit, PeopleCount Augmented, PeopleCount Changed, PeopleCount Displaced, PeopleCount Created, PeopleCount? Total);

/// <summary>The role-redesign register the caller may see (as the CLI's <c>roles --format json</c>); <c>total</c> (all units) only for users who see every business unit.</summary>
internal sealed record RoleRegisterDto(int K, IReadOnlyList<RoleChangeDto> Roles, IReadOnlyList<RoleUnitDto> ByUnit, RoleUnitDto? Total);

/// <summary>PUT body of a role-redesign entry.</summary>
internal sealed record RoleChangeRequest(
    string? Role, string? BusinessUnit, string? Kind, int? PeopleAffected, string? ReskillingPlan, int? ReskillingProgressPercent);
