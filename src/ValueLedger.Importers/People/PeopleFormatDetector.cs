using System.Text;
using nietras.SeparatedValues;
using ValueLedger.Importers.Common;

namespace ValueLedger.Importers.People;

/// <summary>Recognises a people file from its first bytes (after gzip): JSON by its first character and field names, CSV by its header.</summary>
internal static class PeopleFormatDetector
{
    /// <summary>True when the head starts (after a BOM and white space) with <c>{</c> or <c>[</c>.</summary>
    public static bool IsJson(ReadOnlySpan<byte> head)
    {
        var text = Text(head).TrimStart();
        return text.Length > 0 && text[0] is '{' or '[';
    }

    /// <summary>The format id of the file whose first bytes are <paramref name="head"/>; null when none fits.</summary>
    public static string? Detect(ReadOnlySpan<byte> head)
    {
        var text = Text(head).TrimStart();
        if (text.Length == 0)
        {
            return null;
        }

        if (text[0] is '{' or '[')
        {
            // The first record decides; its field names are enough (a metrics day is a few kB, well inside the head).
            var end = text.IndexOf('}');
            var first = end < 0 ? text : text[..end];
            if (first.Contains("\"total_active_users\"", StringComparison.Ordinal))
            {
                return PeopleFormats.CopilotMetrics;
            }

            var login = first.Contains("\"user_login\"", StringComparison.Ordinal) || first.Contains("\"login\"", StringComparison.Ordinal);
            if (login && (first.Contains("\"team_slug\"", StringComparison.Ordinal) || first.Contains("\"team\"", StringComparison.Ordinal)))
            {
                return PeopleFormats.CopilotTeams;
            }

            return login ? PeopleFormats.CopilotUsage : null;
        }

        return Header(text) is { } header ? PeopleCsvFormats.Detect(header)?.Id : null;
    }

    /// <summary>The CSV header's names: the first non-blank line, split as Sep splits it.</summary>
    private static string[]? Header(string text)
    {
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromText(text);
        foreach (var row in reader)
        {
            if (!SepRows.IsBlank(row))
            {
                return SepRows.ReadHeader(row);
            }
        }

        return null;
    }

    private static string Text(ReadOnlySpan<byte> head) => Encoding.UTF8.GetString(head).TrimStart('\uFEFF');
}
