using System.Text;

namespace ValueLedger.Web.Tests.Security;

/// <summary>Reads a CSV body (RFC 4180 quoting) and finds cells a spreadsheet would run as a formula.</summary>
public static class CsvCellsCheck
{
    public static IReadOnlyList<string> Cells(string csv)
    {
        ArgumentNullException.ThrowIfNull(csv);
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                cells.Add(cell.ToString().TrimEnd('\r'));
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0)
        {
            cells.Add(cell.ToString().TrimEnd('\r'));
        }

        return cells;
    }

    /// <summary>Cells starting with = + @ tab or CR, or - and a non-digit (a negative amount is data, not a formula).</summary>
    public static IReadOnlyList<string> Dangerous(string csv) =>
        [.. Cells(csv).Where(c => (c.Length > 0 && c[0] is '=' or '+' or '@' or '\t' or '\r') || (c.Length > 1 && c[0] == '-' && !char.IsAsciiDigit(c[1])))];
}
