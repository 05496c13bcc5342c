namespace ValueLedger.Web.Pages;

/// <summary>
/// The outcomes review queue: one page of records (claims awaiting review first), the filters in force, the initiatives the user may
/// filter by (id, name), whether the user may validate and reject (finance), and the path forms return to.
/// </summary>
public sealed record OutcomesPageModel(
    IReadOnlyList<OutcomeRow> Rows, int Page, int PageSize, int Total, int Awaiting, string? Status, string? Initiative,
    IReadOnlyList<KeyValuePair<string, string>> Initiatives, bool CanReview, string ReturnPath)
{
    public int Pages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>This view's path with another page number (filters kept).</summary>
    public string PagePath(int page) => OutcomesLinks.Path(Status, Initiative, page);
}
