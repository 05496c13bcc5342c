namespace ValueLedger.Web.Pages.Spend;

/// <summary>
/// The spend explorer's form (as submitted: a GET, so the URL can be shared) and its result: rows of
/// <c>valueledger spend</c> for the same question, totals per currency, and download links to the API.
/// <see cref="Error"/> is set when the question is not valid (nothing is queried then).
/// </summary>
public sealed record SpendExplorerModel(
    IReadOnlyList<string> Groups,
    string? TagKey,
    string? From,
    string? To,
    string Scope,
    string? Error,
    IReadOnlyList<string> Labels,
    IReadOnlyList<SpendExplorerRow> Rows,
    int TotalRows,
    IReadOnlyList<SpendTotalRow> Totals,
    string? CsvHref,
    string? JsonHref)
{
    /// <summary>The dimensions the form offers; "tag" uses the tag key field.</summary>
    public static IReadOnlyList<string> Dimensions { get; } = ["provider", "account", "service", "model", "day", "month", "source", "tag"];

    /// <summary>Rows shown on the page; the downloads carry all of them.</summary>
    public const int MaxRowsShown = 500;
}
