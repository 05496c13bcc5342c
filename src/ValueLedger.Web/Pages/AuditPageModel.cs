using ValueLedger.Core.Value;

namespace ValueLedger.Web.Pages;

/// <summary>One page of the audit log (newest first) with the query in force; <see cref="Problem"/> says what was wrong with the query.</summary>
public sealed record AuditPageModel(IReadOnlyList<AuditEntry> Entries, int Page, int PageSize, int Total, string? Subject, string? From, string? To, string? Problem)
{
    public int Pages => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>The CSV download of this query (every page).</summary>
    public string CsvPath => "/audit.csv" + (PagePath(1) is var path && path.Contains('?', StringComparison.Ordinal) ? path[path.IndexOf('?', StringComparison.Ordinal)..] : string.Empty);

    public string PagePath(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("subject", Subject);
        Add("from", From);
        Add("to", To);
        Add("page", page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        return query.Count == 0 ? "/audit" : "/audit?" + string.Join("&", query);
    }

    /// <summary>The entry's details (JSON text) indented for reading; the text as stored when it is not JSON. Escaped when rendered.</summary>
    public static string? Pretty(string? details)
    {
        if (string.IsNullOrWhiteSpace(details))
        {
            return null;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(details);
            return System.Text.Json.JsonSerializer.Serialize(json.RootElement, Indented);
        }
        catch (System.Text.Json.JsonException)
        {
            return details;
        }
    }

    private static readonly System.Text.Json.JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        // Keep non-ASCII text readable; Razor escapes the result for HTML.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
