namespace ValueLedger.Web.People;

/// <summary>
/// What a people upload did: facts added and already held, rows set aside (lenient only) with their line, column and
/// reason (never the row: it may hold a login or e-mail), and whether the same file had been imported before.
/// </summary>
internal sealed record PeopleImportResultDto(
    long ImportId, string File, string Format, int Added, int Duplicates, int Rejected, bool AlreadyImported, IReadOnlyList<PeopleImportRejectDto> Rejects, string Message);

/// <summary>One rejected row: where it is and why.</summary>
internal sealed record PeopleImportRejectDto(long Line, string? Column, string Reason);

/// <summary>A people import in the history (no person data in it: file, format, counts, who and when).</summary>
internal sealed record PeopleImportSummaryDto(long ImportId, string File, string Format, string Sha256, string Actor, DateTimeOffset At, int Added, int Duplicates);
