using ValueLedger.Core.Organisation;

namespace ValueLedger.Importers.Organisation;

/// <summary>
/// What the loader read: the organisation (entities that could not be read are left out) and the
/// problems met while reading (syntax, unknown keys, bad values). Semantic checks are separate:
/// <see cref="OrganisationValidator"/>; <see cref="AllProblems"/> gives both.
/// </summary>
public sealed record OrganisationLoadResult(Core.Organisation.Organisation Organisation, IReadOnlyList<OrganisationProblem> LoadProblems, IReadOnlyList<string> Files)
{
    /// <summary>Loading and validation problems, ordered by file, line, column.</summary>
    public IReadOnlyList<OrganisationProblem> AllProblems() =>
        [.. LoadProblems.Concat(OrganisationValidator.Validate(Organisation)).OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column)];
}
