using ValueLedger.Web.Imports;

namespace ValueLedger.Web.Pages.Imports;

/// <summary>
/// The imports page: one page of the history, and whether this user may upload (admin, finance); the people formats and
/// the latest people imports (file, format, facts added: nothing about any person).
/// </summary>
public sealed record ImportsPageModel(ImportPageDto History, bool CanUpload, IReadOnlyList<string> Formats)
{
    public IReadOnlyList<string> PeopleFormats { get; init; } = [];

    public IReadOnlyList<Core.People.PeopleImportSummary> PeopleHistory { get; init; } = [];

    public int PeopleTotal { get; init; }
}
