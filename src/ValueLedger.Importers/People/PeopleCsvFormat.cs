namespace ValueLedger.Importers.People;

/// <summary>A people CSV format: its id, columns, and how a row becomes facts (throwing <see cref="PeopleRowException"/> on a bad field).</summary>
internal sealed record PeopleCsvFormat(
    string Id,
    IReadOnlyList<PeopleColumn> Columns,
    Action<PeopleCsvRecord, PeopleFields, PeopleFactsBuilder> Parse)
{
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(column), column, "not a column of " + Id);
    }

    /// <summary>Each column's position in <paramref name="header"/> (−1 when absent); the first matching header wins.</summary>
    public int[] Map(IReadOnlyList<string> header)
    {
        var normalised = header.Select(PeopleColumn.Normalise).ToList();
        var index = new int[Columns.Count];
        for (var i = 0; i < Columns.Count; i++)
        {
            index[i] = Columns[i].Aliases.Select(a => normalised.IndexOf(a)).Where(at => at >= 0).DefaultIfEmpty(-1).Min();
        }

        return index;
    }

    /// <summary>Required columns <paramref name="header"/> lacks (empty when the header fits this format).</summary>
    public IReadOnlyList<string> Missing(IReadOnlyList<string> header)
    {
        var index = Map(header);
        return [.. Columns.Where((c, i) => c.Required && index[i] < 0).Select(c => c.Name)];
    }

    /// <summary>The header this format expects, required columns first, for error messages.</summary>
    public string Expected => string.Join(',', Columns.Select(c => c.Required ? c.Name : $"[{c.Name}]"));
}
