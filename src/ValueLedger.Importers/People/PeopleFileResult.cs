using ValueLedger.Core.Import;
using ValueLedger.Core.People;

namespace ValueLedger.Importers.People;

/// <summary>
/// What importing one people file did. <see cref="Stored"/> is null when nothing was written (then
/// <see cref="Failure"/> says why and <see cref="Errors"/> lists the first bad rows). Errors name line, column and
/// reason only: never a person's login or e-mail.
/// </summary>
public sealed record PeopleFileResult(
    string FileName,
    string? Format,
    PeopleImportResult? Stored,
    int Rejected,
    IReadOnlyList<RowError> Errors,
    string? RejectsPath,
    string? Failure)
{
    public bool Failed => Stored is null;

    public static PeopleFileResult Fail(string fileName, string? format, string failure, IReadOnlyList<RowError>? errors = null) =>
        new(fileName, format, null, 0, errors ?? [], null, failure);

    /// <summary>The failure with its first errors, one per line (the form the CLI prints and the web returns).</summary>
    public string Describe() =>
        Failure is null ? string.Empty : string.Join(Environment.NewLine, Errors.Select(e => "  " + e.Describe(FileName)).Prepend($"{FileName}: {Failure}"));
}
