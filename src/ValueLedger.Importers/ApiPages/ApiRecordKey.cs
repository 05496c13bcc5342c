using System.Globalization;
using System.Text;

namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// Record keys for API buckets: the period plus every grouping field, so that the same bucket
/// exported again (an overlapping date range, a re-run script) gets the same key and is skipped.
/// </summary>
internal static class ApiRecordKey
{
    /// <summary>
    /// <c>2025-01-11T00:00:00Z/2025-01-12T00:00:00Z|project_id=proj_abc|model=~</c>: every dimension
    /// always appears, <c>~</c> for null (which the APIs use both for "not grouped by" and, for
    /// Anthropic workspaces, "the default workspace"), and <c>% | = ~</c> inside values are
    /// percent-encoded so that two different groupings can never give the same key.
    /// </summary>
    public static string Build(DateTime start, DateTime end, params ReadOnlySpan<(string Name, string? Value)> dimensions)
    {
        var key = new StringBuilder(128);
        key.Append(Utc(start)).Append('/').Append(Utc(end));
        foreach (var (name, value) in dimensions)
        {
            key.Append('|').Append(name).Append('=');
            if (value is null)
            {
                key.Append('~');
                continue;
            }

            foreach (var c in value)
            {
                _ = c switch
                {
                    '%' => key.Append("%25"),
                    '|' => key.Append("%7C"),
                    '=' => key.Append("%3D"),
                    '~' => key.Append("%7E"),
                    _ => key.Append(c),
                };
            }
        }

        return key.ToString();
    }

    private static string Utc(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
