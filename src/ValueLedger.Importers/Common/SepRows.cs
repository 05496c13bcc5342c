using nietras.SeparatedValues;
using ValueLedger.Core.Import;

namespace ValueLedger.Importers.Common;

/// <summary>What every Sep-based importer does the same way: header, blank lines, malformed rows.</summary>
internal static class SepRows
{
    /// <summary>
    /// The header row's names. Importers read the header as a row of their own (HasHeader = false):
    /// Sep would throw on duplicate names, and a junk header must end in an error, not an exception.
    /// </summary>
    public static string[] ReadHeader(SepReader.Row row)
    {
        var names = new string[row.ColCount];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = row[i].ToString().Trim().Trim('\uFEFF');
        }

        return names;
    }

    /// <summary>A blank line: nothing to read, nothing wrong.</summary>
    public static bool IsBlank(SepReader.Row row) => row.ColCount == 1 && row.Span.IsWhiteSpace();

    /// <summary>
    /// A row whose column count differs from the header's. The usual cause is a quote opened and
    /// never closed (Sep then reads to the end of the file as one field): name that column.
    /// </summary>
    public static RowError ColumnCountError(SepReader.Row row, IReadOnlyList<string> names, char separator)
    {
        // Read before any column is accessed: unescaping rewrites the row's buffer in place.
        var raw = row.Span;
        var excerpt = Excerpt(raw);
        var column = UnclosedQuoteColumn(raw, separator);
        if (column >= 0)
        {
            var name = column < names.Count ? names[column] : $"#{column + 1}";
            return new RowError(row.LineNumberFrom, name, $"unbalanced quote in column {name}", excerpt);
        }

        return new RowError(row.LineNumberFrom, null, $"the row has {row.ColCount} columns but the header has {names.Count}", excerpt);
    }

    /// <summary>The 0-based column where a quote is opened and never closed, or -1.</summary>
    public static int UnclosedQuoteColumn(ReadOnlySpan<char> raw, char separator)
    {
        var column = 0;
        var openedIn = -1;
        var inQuotes = false;
        foreach (var c in raw)
        {
            if (c == '"')
            {
                inQuotes = !inQuotes;
                if (inQuotes)
                {
                    openedIn = column;
                }
            }
            else if (c == separator && !inQuotes)
            {
                column++;
            }
        }

        return inQuotes ? openedIn : -1;
    }

    /// <summary>At most <see cref="RowError.MaxRawLength"/> characters, without copying a huge value whole.</summary>
    public static string Excerpt(ReadOnlySpan<char> value) =>
        value.Length <= RowError.MaxRawLength ? value.ToString() : string.Concat(value[..RowError.MaxRawLength], "…");
}
