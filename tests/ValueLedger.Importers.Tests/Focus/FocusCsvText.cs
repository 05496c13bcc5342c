namespace ValueLedger.Importers.Tests.Focus;

/// <summary>
/// A deliberately simple CSV reader, independent of the importer (and of Sep), so that tests can
/// compute expected values straight from a fixture's text. Handles quoted fields with <c>""</c>
/// escapes; fields must not contain line breaks (true of the fixtures it is used on).
/// </summary>
internal static class FocusCsvText
{
    /// <summary>Every data row of <paramref name="path"/> as (1-based line, column name → value).</summary>
    public static List<(long Line, Dictionary<string, string> Cells)> ReadRows(string path)
    {
        var lines = File.ReadAllLines(path);
        var header = Split(lines[0]);
        var rows = new List<(long, Dictionary<string, string>)>();
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = Split(lines[i]);
            Assert.Equal(header.Count, fields.Count);
            var cells = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var c = 0; c < header.Count; c++)
            {
                cells[header[c]] = fields[c];
            }

            rows.Add((i + 1, cells));
        }

        return rows;
    }

    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                current.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        Assert.False(quoted, "unbalanced quote in fixture line");
        fields.Add(current.ToString());
        return fields;
    }
}
