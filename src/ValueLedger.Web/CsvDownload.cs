using System.Text;
using Microsoft.AspNetCore.Http;
using ValueLedger.Core.Ledger;

namespace ValueLedger.Web;

/// <summary>
/// CSV downloads (RFC 4180, UTF-8, header row): every cell goes through <see cref="CsvCells.Neutralise"/>, as in the
/// CLI's CSV, so a name or tag starting with = + - @ cannot run as a spreadsheet formula; cells with a comma,
/// quote or line break are quoted. Null cells are empty.
/// </summary>
internal static class CsvDownload
{
    public static IResult File(string fileName, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        Line(text, header);
        foreach (var row in rows)
        {
            Line(text, row);
        }

        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", fileName);
    }

    /// <summary>The cell as written: neutralised, then quoted when needed.</summary>
    public static string Cell(string? value)
    {
        var safe = CsvCells.Neutralise(value ?? string.Empty);
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }

    private static void Line(StringBuilder text, IReadOnlyList<string?> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Cell(cells[i]));
        }

        text.Append("\r\n");
    }
}
