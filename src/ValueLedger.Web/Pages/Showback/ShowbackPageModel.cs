using ValueLedger.Core.Showback;

namespace ValueLedger.Web.Pages.Showback;

/// <summary>
/// The showback page: the month shown (the latest allocated unless asked), the statements the user may read (one
/// unit when <see cref="Bu"/> is set), the units offered in the picker, download links, and why nothing is shown
/// (<see cref="Error"/>) when the month has no allocations or the question is not valid.
/// </summary>
public sealed record ShowbackPageModel(
    string? Month,
    string? Bu,
    IReadOnlyList<(string Id, string Name)> Units,
    ShowbackReport? Report,
    string? Error,
    string? CsvHref,
    string? JsonHref);
