using System.Text;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Focus;

/// <summary>
/// Recognises a FOCUS CSV by its header: the FOCUS column names are distinctive enough
/// (BilledCost, BillingPeriodStart, ChargePeriodStart...) that the file name is not needed.
/// </summary>
internal static class FocusFormatDetector
{
    public static FormatDetection Detect(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\uFEFF"u8))
        {
            head = head[3..];
        }

        var end = head.IndexOf((byte)'\n');
        var headerLine = Encoding.UTF8.GetString(end < 0 ? head : head[..end]);
        var names = SplitHeader(headerLine);
        var present = 0;
        foreach (var name in FocusColumns.Required)
        {
            if (names.Contains(name))
            {
                present++;
            }
        }

        var hasProvider = names.Contains(FocusColumns.ProviderNameColumn) || names.Contains(FocusColumns.ServiceProviderNameColumn);
        if (present == FocusColumns.Required.Length && hasProvider)
        {
            return FormatDetection.Certain("the header has the FOCUS columns (BilledCost, BillingPeriodStart, ChargePeriodStart, ServiceName...)");
        }

        // Some FOCUS columns but not all: probably FOCUS with columns missing; not claimed, so that
        // --format focus then names the missing columns.
        return present >= 3
            ? new FormatDetection(40, "the header has some FOCUS columns but not all the required ones")
            : FormatDetection.No;
    }

    /// <summary>Column names of a CSV header line; names may be quoted (with <c>""</c> escapes).</summary>
    internal static HashSet<string> SplitHeader(string line)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"')
            {
                if (quoted && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                names.Add(current.ToString());
                current.Clear();
            }
            else if (c != '\r' || quoted)
            {
                current.Append(c);
            }
        }

        names.Add(current.ToString());
        return names;
    }
}
