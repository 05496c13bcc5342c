using ValueLedger.Core.Organisation;

namespace ValueLedger.Core.People;

/// <summary>
/// A team of people (YAML <c>teams:</c>): the unit the adoption ladder is counted over. It belongs to one business
/// unit; <see cref="Aliases"/> are the names other systems use for it (a GitHub team slug in the Copilot user-to-team
/// report, an HR department code in a seat list); <see cref="Initiatives"/> are the initiatives the team works on
/// (its validated outcomes are the ladder's top rung, its review and capacity records are the team's).
/// </summary>
public sealed record Team(
    string Id,
    string Name,
    string BusinessUnit,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Initiatives,
    SourceLocation Location)
{
    /// <summary>True when <paramref name="name"/> is the team's id or one of its aliases (case-insensitive).</summary>
    public bool IsNamed(string name) =>
        string.Equals(Id, name, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
}
