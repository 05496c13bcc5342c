namespace ValueLedger.Importers.People;

/// <summary>One data row of a people CSV, its cells looked up by the format's column names.</summary>
internal sealed class PeopleCsvRecord(PeopleCsvFormat format, int[] index, string[] cells)
{
    /// <summary>The trimmed cell of <paramref name="column"/>; empty when the header leaves the column out.</summary>
    public string this[string column]
    {
        get
        {
            var at = index[format.IndexOf(column)];
            return at < 0 || at >= cells.Length ? string.Empty : cells[at].Trim();
        }
    }

    /// <summary>True when the header has <paramref name="column"/> and this row fills it.</summary>
    public bool Has(string column) => this[column].Length > 0;
}
