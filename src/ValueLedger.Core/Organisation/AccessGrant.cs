namespace ValueLedger.Core.Organisation;

/// <summary>
/// Roles held by an actor (a login or role name such as <c>cfo</c>; YAML <c>access:</c>), and for
/// <c>bu-owner</c> the business units it owns. Actors are users of ValueLedger, not the people whose
/// work is measured.
/// </summary>
public sealed record AccessGrant(string Actor, IReadOnlyList<string> Roles, IReadOnlyList<string> BusinessUnits, SourceLocation Location);
