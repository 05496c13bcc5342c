namespace ValueLedger.Web.Pages;

/// <summary>Paths of the review queue with its filters, escaped; forms return only to such a path (never an arbitrary URL).</summary>
public static class OutcomesLinks
{
    public static string Path(string? status, string? initiative, int page)
    {
        var query = new List<string>();
        if (!string.IsNullOrEmpty(status))
        {
            query.Add("status=" + Uri.EscapeDataString(status));
        }

        if (!string.IsNullOrEmpty(initiative))
        {
            query.Add("initiative=" + Uri.EscapeDataString(initiative));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return query.Count == 0 ? "/outcomes" : "/outcomes?" + string.Join("&", query);
    }

    /// <summary>The form's return path when it is a review-queue path; else the plain queue.</summary>
    public static string SafeReturn(string? path) =>
        path is { Length: < 500 } && (path == "/outcomes" || path.StartsWith("/outcomes?", StringComparison.Ordinal)) ? path : "/outcomes";
}
