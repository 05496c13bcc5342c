namespace ValueLedger.Core.Ledger;

/// <summary>CSV cells safe to open in a spreadsheet (CLI exports and web downloads share this rule).</summary>
public static class CsvCells
{
    /// <summary>
    /// Cells starting with = + @ tab or CR, or - followed by a non-digit, would run as formulas in a spreadsheet; a
    /// leading quote stops that. Negative numbers (-12.5) stay numbers.
    /// </summary>
    public static string Neutralise(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        return cell.Length > 0 && cell[0] is '=' or '+' or '@' or '\t' or '\r' || (cell.Length > 1 && cell[0] == '-' && !char.IsDigit(cell[1]))
            ? "'" + cell
            : cell;
    }
}
