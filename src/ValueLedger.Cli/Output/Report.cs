using System.Text;
using System.Text.Json;
using nietras.SeparatedValues;
using Spectre.Console;

namespace ValueLedger.Cli.Output;

/// <summary>
/// A tabular report that renders as a console table, CSV or JSON from the same columns, so the three
/// forms cannot disagree. Cells are text; JSON writes numeric columns as numbers or exact strings
/// as each column says.
/// </summary>
internal sealed class Report(string title, IReadOnlyList<ReportColumn> columns)
{
    private readonly List<string?[]> _rows = [];

    public string Title { get; } = title;

    public IReadOnlyList<ReportColumn> Columns { get; } = columns;

    public int RowCount => _rows.Count;

    public void Add(params string?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"expected {Columns.Count} cells, got {cells.Length}", nameof(cells));
        }

        _rows.Add(cells);
    }

    public void WriteTable(IAnsiConsole console, string? caption = null)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(Title));
        foreach (var column in Columns)
        {
            var tableColumn = new TableColumn(Markup.Escape(column.Heading));
            if (column.Kind != ReportColumnKind.Text)
            {
                tableColumn.RightAligned();
            }

            table.AddColumn(tableColumn);
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select((cell, i) => (Spectre.Console.Rendering.IRenderable)new Text(Display(Columns[i], cell))).ToArray());
        }

        if (caption is not null)
        {
            table.Caption(Markup.Escape(caption));
        }

        console.Write(table);
    }

    public void WriteCsv(TextWriter writer)
    {
        using var csv = Sep.New(',').Writer(o => o with { Escape = true }).To(writer, leaveOpen: true);
        if (_rows.Count == 0)
        {
            writer.WriteLine(string.Join(',', Columns.Select(c => c.Key)));
            return;
        }

        foreach (var cells in _rows)
        {
            using var row = csv.NewRow();
            for (var i = 0; i < Columns.Count; i++)
            {
                row[Columns[i].Key].Set(Neutralise(cells[i] ?? string.Empty));
            }
        }
    }

    /// <summary>Writes <c>{"rows":[{...}]}</c> plus any extra top-level properties.</summary>
    public void WriteJson(TextWriter writer, Action<Utf8JsonWriter>? extra = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            extra?.Invoke(json);
            json.WriteStartArray("rows");
            foreach (var cells in _rows)
            {
                json.WriteStartObject();
                for (var i = 0; i < Columns.Count; i++)
                {
                    WriteJsonCell(json, Columns[i], cells[i]);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    public void Write(OutputFormat format, IAnsiConsole console, TextWriter writer, string? caption = null, Action<Utf8JsonWriter>? extraJson = null)
    {
        switch (format)
        {
            case OutputFormat.Csv:
                WriteCsv(writer);
                break;
            case OutputFormat.Json:
                WriteJson(writer, extraJson);
                break;
            default:
                WriteTable(console, caption);
                break;
        }
    }

    private static void WriteJsonCell(Utf8JsonWriter json, ReportColumn column, string? cell)
    {
        if (cell is null || (cell.Length == 0 && column.Kind != ReportColumnKind.Text))
        {
            json.WriteNull(column.Key);
        }
        else if (column.Kind == ReportColumnKind.Count)
        {
            json.WritePropertyName(column.Key);
            json.WriteRawValue(cell);
        }
        else
        {
            json.WriteString(column.Key, cell);
        }
    }

    private static string Display(ReportColumn column, string? cell)
    {
        if (string.IsNullOrEmpty(cell))
        {
            return column.Kind == ReportColumnKind.Text ? "(none)" : string.Empty;
        }

        return column.Kind switch
        {
            ReportColumnKind.Money => MoneyText.Table(decimal.Parse(cell, System.Globalization.CultureInfo.InvariantCulture)),
            ReportColumnKind.Count => MoneyText.Count(long.Parse(cell, System.Globalization.CultureInfo.InvariantCulture)),
            ReportColumnKind.ExactMoney => cell,
            _ => cell,
        };
    }

    /// <summary>See <see cref="Core.Ledger.CsvCells.Neutralise"/>.</summary>
    internal static string Neutralise(string cell) => Core.Ledger.CsvCells.Neutralise(cell);
}

/// <summary>
/// How a column is shown: text as is; money exact in CSV/JSON (a string in JSON) and rounded for
/// tables, or exact everywhere (<see cref="ExactMoney"/>, for totals reconciled to an invoice); counts
/// as JSON numbers.
/// </summary>
internal enum ReportColumnKind
{
    Text,
    Money,
    Count,
    ExactMoney,
}

/// <summary>A report column: its machine key (CSV header, JSON property) and table heading.</summary>
internal sealed record ReportColumn(string Key, string Heading, ReportColumnKind Kind = ReportColumnKind.Text);
